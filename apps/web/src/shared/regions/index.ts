export * from './RegionCascader';
export * from './regions.graphql';
export * from './use-region-name';
