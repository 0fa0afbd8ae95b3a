/**
 * npm run bench:subsidies [-- --hires 20000] [-- --smoke]
 *
 * Subsidies found from events (issue 14), no database: one year of a county's events replayed through the rules engine
 * (libs/domain proposeSubsidies) with the packs the API loads for the demo (the five seed packs and the 西峰区 renewal):
 * hires from every channel, a few people hired twice, 6- and 12-month tenures, internship months, certificates (some
 * people earn four or five a year), layoff filings. Each event is judged against its subjects' history as the API does,
 * so exclusions and yearly caps are exercised. Then every proposal is checked: no person holds two of an exclusive
 * group (beyond one top-up per higher tier), no yearly cap is passed, no rule is proposed twice for a subject and
 * period. The baseline, measured in the same run, judges the same events with an empty history.
 * Last line: RESULT subsidies events=… per_second=… proposals=… double_paid=0 caps_exceeded=0 duplicates=0 ratio_to_baseline=…
 */
import { EmployerSize, JobKind, PriorityGroup } from '@jobbridge/contracts';
import {
  loadSubsidyPacks,
  proposeSubsidies,
  SUBSIDY_VOCABULARY,
  type CertificateLevel,
  type SubsidyEvent,
  type SubsidyHistoryEntry,
  type SubsidyProposalDraft,
} from '@jobbridge/domain';
import { DEMO_SUBSIDY_PACK_FILES, SUBSIDY_PACK_FILES } from '@jobbridge/domain/subsidy-packs';

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const smoke = process.argv.includes('--smoke');
const hires = numberArg('hires', smoke ? 1_000 : 20_000);
const packs = loadSubsidyPacks([...SUBSIDY_PACK_FILES, ...DEMO_SUBSIDY_PACK_FILES], SUBSIDY_VOCABULARY);
const COUNTY = '621002'; // 西峰区
const YEAR = 2026;

/** A small deterministic generator, so every run replays the same year. */
let seed = 20261204;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const day = (dayOfYear: number) => new Date(Date.UTC(YEAR, 0, 1 + Math.min(364, Math.max(0, dayOfYear)))).toISOString().slice(0, 10);
const HUKOU = ['621002', '621002', '621021', '621022', '622921', '330102'];
const TRADES = ['电工', '焊工', '钳工', '育婴员', '保育员', '中式烹调师'];
const LEVELS: CertificateLevel[] = ['初级', '中级', '高级'];

interface Person {
  key: string;
  groups: string[];
  birthYear: number;
  graduationDate: string | null;
  registeredSince: string | null;
  hukou: string;
}

function person(i: number): Person {
  const r = rand();
  const groups: string[] = [];
  let graduationDate: string | null = null;
  let registeredSince: string | null = null;
  let birthYear = 1970 + Math.floor(rand() * 35);
  if (r < 0.3) {
    groups.push(PriorityGroup.GRADUATE);
    graduationDate = `${YEAR - (rand() < 0.7 ? 0 : 1)}-06-30`;
    birthYear = YEAR - 22 - Math.floor(rand() * 3);
  } else if (r < 0.4) {
    groups.push(PriorityGroup.YOUTH, PriorityGroup.REGISTERED_UNEMPLOYED);
    birthYear = YEAR - 17 - Math.floor(rand() * 8);
    registeredSince = day(-30 - Math.floor(rand() * 200));
  } else if (r < 0.48) {
    groups.push(PriorityGroup.REGISTERED_UNEMPLOYED);
    registeredSince = `${YEAR - 1}-0${1 + Math.floor(rand() * 9)}-15`;
  } else if (r < 0.58) groups.push(PriorityGroup.POVERTY_ALLEVIATED);
  return { key: `P${i}`, groups, birthYear, graduationDate, registeredSince, hukou: pick(HUKOU) };
}

/** One year of the county's events, in date order. */
function buildEvents(): SubsidyEvent[] {
  const events: SubsidyEvent[] = [];
  const people: Person[] = [];
  const employers = Array.from({ length: Math.max(20, Math.floor(hires / 40)) }, (_, i) => ({
    id: `E${i}`,
    size: i % 10 === 0 ? EmployerSize.LARGE : EmployerSize.SME,
  }));
  for (let i = 0; i < hires; i++) {
    // 5% of hires are people hired before this year (a second job): exclusions must hold across employers.
    const p = i > 100 && rand() < 0.05 ? people[Math.floor(rand() * people.length)] : person(i);
    if (p.key === `P${i}`) people.push(p);
    const employer = pick(employers);
    const hiredOn = Math.floor(rand() * 365);
    const intern = rand() < 0.05;
    const worker = {
      personKey: p.key,
      priorityGroups: p.groups,
      birthYear: p.birthYear,
      graduationDate: p.graduationDate,
      registeredUnemployedSince: p.registeredSince,
      hukouRegionCode: p.hukou,
      insuredMonths: Math.floor(rand() * 36),
    };
    const base = {
      workplaceRegionCode: COUNTY,
      employer,
      worker,
      jobKind: intern ? JobKind.INTERNSHIP : JobKind.FULL_TIME,
      contractMonths: rand() < 0.7 ? pick([6, 12, 24, 36]) : null,
    };
    const evidence = (kind: 'APPLICATION' | 'INTERNSHIP' | 'CERTIFICATE', label: string) => ({ kind, id: `H${i}`, label });
    events.push({ ...base, trigger: 'HIRE', date: day(hiredOn), evidence: evidence('APPLICATION', '录用') });
    for (const months of [6, 12])
      if (rand() < (months === 6 ? 0.6 : 0.4) && hiredOn + months * 30 < 365)
        events.push({
          ...base,
          trigger: 'TENURE',
          tenureMonths: months,
          date: day(hiredOn + months * 30),
          evidence: evidence('APPLICATION', `在岗${months}个月`),
        });
    if (intern)
      for (let m = 1; m <= 6 && hiredOn + m * 30 < 365; m++)
        events.push({
          ...base,
          trigger: 'INTERNSHIP_MONTH',
          date: day(hiredOn + m * 30),
          internship: { month: day(hiredOn + (m - 1) * 30).slice(0, 7), retentionRate: rand() },
          evidence: evidence('INTERNSHIP', `见习第${m}个月`),
        });
  }
  // Certificates: 15% of people earn one or more this year; a few earn four or five (the cap is three).
  for (const p of people)
    if (rand() < 0.15) {
      const n = rand() < 0.1 ? 4 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 2);
      for (let k = 0; k < n; k++)
        events.push({
          trigger: 'CERTIFICATE',
          date: day(Math.floor(rand() * 365)),
          evidence: { kind: 'CERTIFICATE', id: p.key, label: '证书' },
          workplaceRegionCode: COUNTY,
          worker: { personKey: p.key, priorityGroups: p.groups, hukouRegionCode: p.hukou, insuredMonths: 12 + Math.floor(rand() * 24) },
          certificate: { trade: pick(TRADES), level: pick(LEVELS) },
        });
    }
  for (const employer of employers.slice(0, Math.ceil(employers.length / 5)))
    events.push({
      trigger: 'LAYOFF_FILING',
      date: day(Math.floor(rand() * 365)),
      evidence: { kind: 'LAYOFF_PLAN', id: employer.id, label: '裁员报告' },
      workplaceRegionCode: COUNTY,
      employer: { ...employer, lastYearPremiumsYuan: 50_000 + Math.floor(rand() * 200_000) },
      layoff: { insuredCount: 20 + Math.floor(rand() * 500), laidOff: Math.floor(rand() * 40) },
    });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

const events = buildEvents();
console.log(`${hires} hires → ${events.length} events in ${YEAR} (county ${COUNTY}); packs: ${packs.map((p) => p.id).join(', ')}`);

/** The replay the API performs: each event against its subjects' history, what it proposes added to that history. */
function replay(withHistory: boolean): { proposals: SubsidyProposalDraft[]; seconds: number } {
  const bySubject = new Map<string, SubsidyHistoryEntry[]>();
  const proposals: SubsidyProposalDraft[] = [];
  const started = process.hrtime.bigint();
  for (const e of events) {
    const subjects = [e.worker ? `P:${e.worker.personKey}` : null, e.employer ? `E:${e.employer.id}` : null].filter(
      (s): s is string => !!s,
    );
    const history = withHistory ? subjects.flatMap((s) => bySubject.get(s) ?? []) : [];
    const outcome = proposeSubsidies(e, packs, history);
    for (const d of outcome.proposals) {
      proposals.push(d);
      if (!withHistory) continue;
      const list = bySubject.get(d.subjectKey) ?? [];
      list.push({
        ruleId: d.ruleId,
        subjectKey: d.subjectKey,
        periodKey: d.periodKey,
        exclusiveGroup: d.exclusiveGroup,
        year: d.year,
        amountFen: d.amountFen,
        rejected: false,
      });
      bySubject.set(d.subjectKey, list);
    }
  }
  return { proposals, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

// Warm up the JIT on both paths, then time each.
replay(false);
replay(true);
const baseline = replay(false);
const run = replay(true);
const perSecond = Math.round(events.length / run.seconds);
const baselinePerSecond = Math.round(events.length / baseline.seconds);

// The checks: exclusive groups, caps, duplicates.
const rules = new Map(packs.flatMap((p) => p.rules.map((r) => [r.id, r] as const)));
let doublePaid = 0;
let capsExceeded = 0;
let duplicates = 0;
const seen = new Set<string>();
const groupHolders = new Map<string, SubsidyProposalDraft[]>();
const perYear = new Map<string, number>();
for (const p of run.proposals) {
  const key = `${p.ruleId}|${p.subjectKey}|${p.periodKey}`;
  if (seen.has(key)) duplicates++;
  seen.add(key);
  if (p.exclusiveGroup) {
    const g = `${p.subjectKey}|${p.exclusiveGroup.split('+')[0]}`;
    groupHolders.set(g, [...(groupHolders.get(g) ?? []), p]);
  }
  const cap = rules.get(p.ruleId)?.caps?.perYearCount;
  if (cap !== undefined) {
    const k = `${p.ruleId}|${p.subjectKey}|${p.year}`;
    const n = (perYear.get(k) ?? 0) + 1;
    perYear.set(k, n);
    if (n === cap + 1) capsExceeded++;
  }
}
for (const holders of groupHolders.values()) {
  const firsts = holders.filter((h) => !h.exclusiveGroup!.includes('+'));
  const topUps = holders.filter((h) => h.exclusiveGroup!.includes('+'));
  // One award per group; a top-up only for a TOP_UP group, and the total never above the group's largest tier.
  const largest = Math.max(
    ...holders.map((h) =>
      rules.get(h.ruleId)!.amount.kind === 'fixed' ? (rules.get(h.ruleId)!.amount as { yuan: number }).yuan * 100 : h.amountFen,
    ),
  );
  const total = holders.reduce((s, h) => s + h.amountFen, 0);
  if (firsts.length > 1 || (topUps.length && rules.get(firsts[0]?.ruleId ?? '')?.exclusiveMode !== 'TOP_UP') || total > largest)
    doublePaid++;
}

const byRule = new Map<string, { n: number; fen: number }>();
for (const p of run.proposals) {
  const s = byRule.get(p.ruleName) ?? { n: 0, fen: 0 };
  s.n++;
  s.fen += p.amountFen;
  byRule.set(p.ruleName, s);
}
for (const [name, s] of [...byRule].sort((a, b) => b[1].n - a[1].n))
  console.log(`  ${name.padEnd(24)} ${String(s.n).padStart(7)}  ${(s.fen / 100).toFixed(0).padStart(11)} 元`);
const exclusiveRefusals = run.proposals.length; // reported below alongside the baseline's count
console.log(
  `Judged ${events.length} events in ${(run.seconds * 1000).toFixed(0)} ms: ${perSecond} events/s, ${run.proposals.length} proposals ` +
    `(baseline without history: ${baselinePerSecond} events/s, ${baseline.proposals.length} proposals — the history refused ${baseline.proposals.length - exclusiveRefusals})`,
);
const ratio = (baselinePerSecond / perSecond).toFixed(2);
console.log(
  `RESULT subsidies events=${events.length} per_second=${perSecond} proposals=${run.proposals.length} double_paid=${doublePaid} caps_exceeded=${capsExceeded} duplicates=${duplicates} ratio_to_baseline=${ratio}`,
);
if (doublePaid || capsExceeded || duplicates) process.exitCode = 1;
