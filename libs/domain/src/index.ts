// Pure business rules for JobBridge: no framework, no I/O. Named exports only.
export * from './calendar-date';
export * from './credit-code';
export * from './errors';
export * from './id-number';
export * from './job-posting-rules';
export * from './matching';
export * from './pagination';
export * from './posting-screening';
export * from './priority-groups';
export * from './region-code';
export * from './screening-rules';
export * from './status-machines';
export * from './status-labels';
export * from './local-hiring';
export * from './policy-packs';
export * from './live-rooms';
export * from './job-fairs';
