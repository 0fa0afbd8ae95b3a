// Public surface of the subsidies feature for other features' pages: what a hire brings (on the applicant) and the
// officer's home-page line about the queue.
export { HireSubsidies } from './components/HireSubsidies';
export { SubsidyQueueBanner } from './components/SubsidyQueueBanner';
