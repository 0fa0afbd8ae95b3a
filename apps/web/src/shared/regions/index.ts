export * from './RegionCascader';
export * from './regions.graphql';
