/**
 * Test-only entry point (`@jobbridge/search/testing`): the conformance suite every engine must pass and the labelled
 * relevance set. Kept out of the main entry so production code never loads jest-facing modules.
 */
export * from './conformance/job-search.conformance';
export * from './relevance/relevance-set';
