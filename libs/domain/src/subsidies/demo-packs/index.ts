import xifengDemo2026 from './xifeng-demo-2026.json';

/**
 * Demonstration packs, loaded only with the demo data (SUBSIDY_DEMO_PACKS, on by default when the demo is seeded) and
 * in tests. The seed documents' own rules mostly ended on 2023-12-31 ("政策实施期限截至2023年12月31日"), so on today's
 * hires they propose nothing; this pack renews 001's figures for one demo county (西峰区) from 2024 so a hire made in
 * the demo today shows what a bureau's renewed pack does. Its title says it is not a real document.
 */
export const DEMO_SUBSIDY_PACK_FILES: readonly unknown[] = [xifengDemo2026];
