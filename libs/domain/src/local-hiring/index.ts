// Major projects: the local-hiring ledger (domain.md §5, 000 §1) and work-relief labour pay.
export * from './local-hiring';
export * from './local-scope';
export * from './roster';
export * from './roster-rows';
export * from './share';
export * from './work-relief';
