// Explainable two-way job matching (pure, no I/O).
export * from './match';
export * from './match-eligibility';
export * from './match-parts';
export * from './match-text';
export * from './match-types';
export * from './match-weights';
