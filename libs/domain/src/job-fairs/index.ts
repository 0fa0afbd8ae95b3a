// Online job fairs (网络招聘会): lifecycle, schedule checks, queue rules, waiting estimates, booth zones.
export * from './fair-rules';
