// Bureau oversight rules: layoff reports and the 稳岗返还 test.
export * from './layoff-policy';
export * from './layoff-rules';
export * from './employer-credit';
export * from './truth-card-checks';
export * from './unemployment-watch';
