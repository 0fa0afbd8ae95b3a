// Region- and year-specific policy figures as data.
export * from './packs';
export * from './policy-pack';
