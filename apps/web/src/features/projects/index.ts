// Public surface of the projects feature (重大项目): the breach acknowledgement for any roster change (the applicants
// page moving someone to HIRED) and the 所属项目 select of the job editor. The pages (/bureau/projects,
// /employer/projects, /projects/:id) are loaded by the router from pages/.
export { ProjectSelect } from './components/ProjectSelect';
export { localHiringRefusal, type LocalHiringRefusal } from './local-hiring';
export { useLocalHiringGuard } from './use-local-hiring-guard';
