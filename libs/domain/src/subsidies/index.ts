// Subsidies found from events (免申即享): policy packs' shape and checks, the rules engine and the policy page. The
// shipped packs themselves are data, imported from '@jobbridge/domain/subsidy-packs'.
export * from './subsidy-pack';
export * from './subsidy-pack-check';
export * from './subsidy-vocabulary';
export * from './subsidy-engine';
export * from './subsidy-describe';
export * from './subsidy-estimate';
