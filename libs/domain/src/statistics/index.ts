// The bureau's regional statistics: date ranges and period buckets.
export * from './stats-range';
export * from './histogram-median';
