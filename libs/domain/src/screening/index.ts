// Fair-hiring screening data beside the rules: clauses, what counts as manual work, pay promises, the labelled set
// and its evaluation.
export * from './clauses';
export * from './evaluate';
export * from './labelled-postings';
export * from './manual-work';
export * from './pay-promises';
