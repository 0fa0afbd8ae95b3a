// Unemployment registration and tracked help (issue 14): the monthly follow-up schedule, the registration's checks,
// difficulty groups and zero-employment households.
export * from './follow-up-schedule';
export * from './registration-rules';
export * from './households';
