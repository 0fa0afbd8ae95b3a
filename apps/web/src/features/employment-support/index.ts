// Public surface of the employment-support feature for other features' pages: the caseload banner on the officer's home.
export { CaseloadBanner } from './components/CaseloadBanner';
