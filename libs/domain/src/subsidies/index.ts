// Subsidies found from events (免申即享): policy packs as data, their checks, the rules engine and the policy page.
export * from './subsidy-pack';
export * from './subsidy-pack-check';
export * from './subsidy-engine';
export * from './subsidy-describe';
export * from './subsidy-estimate';
export * from './subsidy-packs';
export * from './packs';
export * from './demo-packs';
