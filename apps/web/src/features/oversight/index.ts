// Public surface of the oversight feature, for other features' pages: report buttons, check-in prompts, the review
// drawer's flag decisions, an employer's report decisions, credit and 核实 tags, and the watch's warnings.
export { CheckInPrompts } from './components/CheckInPrompts';
export { CreditGradeTag } from './components/CreditGradeTag';
export { EmployerReportDecisions } from './components/EmployerReportDecisions';
export { FlagDecisionsPanel } from './components/FlagDecisionsPanel';
export { ReportButton } from './components/ReportButton';
export { VerifiedTag } from './components/VerifiedTag';
export { WatchWarnings } from './components/WatchWarnings';
export { usePostingOversight } from './use-posting-oversight';
