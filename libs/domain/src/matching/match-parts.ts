import { CertificateLevel, DesiredPlace, EducationLevel, PriorityGroup } from '@jobbridge/contracts';
import { PRIORITY_GROUP_LABELS_ZH } from '../priority-groups';
import { isWithinRegion, normalizeRegionCode } from '../region-code';
import { MatchCandidate, MatchCertificate, MatchJob, MatchPartKey } from './match-types';
import { normalizeCertificateName, normalizeTerm, SynonymIndex } from './match-text';
import { MatchWeights, priorityBoostsFor } from './match-weights';

/**
 * One function per part of a match. Each returns a score from 0 to 1 and a Chinese reason; the
 * weighting is match.ts's business. `neutral` marks a part that had nothing to judge.
 */
export interface PartScore {
  key: MatchPartKey;
  score: number;
  reason: string;
  neutral?: boolean;
}

const clamp01 = (n: number) => (n <= 0 ? 0 : n >= 1 ? 1 : n);
const LIST_SEPARATOR = '、';

/* ------------------------------------------------------------------ skills */

export interface SkillsScore extends PartScore {
  key: 'skills';
  /** Required skills the person has, as the job spells them, in the job's order. */
  met: string[];
  /** Required skills the person lacks, as the job spells them, in the job's order. */
  missing: string[];
  /** "缺少技能：…" when something is missing. */
  missingReason?: string;
}

/**
 * met ÷ required, comparing case-, width- and space-insensitively; a synonym group counts as one
 * skill (a job listing both 电焊 and 焊接 in one group asks for one skill). No required skills: 1, neutral.
 */
export function scoreSkills(required: readonly string[], held: readonly string[], synonyms: SynonymIndex): SkillsScore {
  const wanted = new Map<string, string>();
  for (const skill of required ?? []) {
    const key = synonyms.keyOf(normalizeTerm(skill));
    if (key !== '' && !wanted.has(key)) wanted.set(key, skill.trim());
  }
  if (wanted.size === 0) return { key: 'skills', score: 1, reason: '岗位无特定技能要求', neutral: true, met: [], missing: [] };
  const have = new Set((held ?? []).map((s) => synonyms.keyOf(normalizeTerm(s))).filter((k) => k !== ''));
  const met: string[] = [];
  const missing: string[] = [];
  for (const [key, label] of wanted) (have.has(key) ? met : missing).push(label);
  const total = wanted.size;
  const reason = met.length > 0 ? `技能匹配 ${met.length}/${total}：${met.join(LIST_SEPARATOR)}` : `技能匹配 0/${total}`;
  const result: SkillsScore = { key: 'skills', score: met.length / total, reason, met, missing };
  if (missing.length > 0) result.missingReason = `缺少技能：${missing.join(LIST_SEPARATOR)}`;
  return result;
}

/* ------------------------------------------------------------ certificates */

/** 五级/初级 = 1 … 一级/高级技师 = 5: higher is better. */
export const CERTIFICATE_LEVEL_RANK: Readonly<Record<CertificateLevel, number>> = Object.freeze({
  [CertificateLevel.LEVEL_5]: 1,
  [CertificateLevel.LEVEL_4]: 2,
  [CertificateLevel.LEVEL_3]: 3,
  [CertificateLevel.LEVEL_2]: 4,
  [CertificateLevel.LEVEL_1]: 5,
});

export const CERTIFICATE_LEVEL_LABELS_ZH: Readonly<Record<CertificateLevel, string>> = Object.freeze({
  [CertificateLevel.LEVEL_5]: '五级（初级）',
  [CertificateLevel.LEVEL_4]: '四级（中级）',
  [CertificateLevel.LEVEL_3]: '三级（高级）',
  [CertificateLevel.LEVEL_2]: '二级（技师）',
  [CertificateLevel.LEVEL_1]: '一级（高级技师）',
});

/** Score for holding the named certificate with no level stated when the job asks for a level. */
export const CERTIFICATE_UNSTATED_LEVEL_SCORE = 0.5;

const levelRank = (level: CertificateLevel | null | undefined) => (level ? (CERTIFICATE_LEVEL_RANK[level] ?? 0) : 0);
const levelLabel = (level: CertificateLevel | null | undefined) => (level ? (CERTIFICATE_LEVEL_LABELS_ZH[level] ?? '') : '');

/**
 * Score for one certificate held `short` levels below the level asked: 0.5 one level short,
 * 0.25 two or more (holding the trade's certificate at all still counts for something).
 */
export function certificateShortfallScore(short: number): number {
  return short <= 0 ? 1 : Math.max(0.25, 1 - 0.5 * short);
}

/**
 * Pass a certificate synonym index (certificateSynonymIndexFor). The mean over the job's
 * certificates (names synonym-aware, a trailing 证/证书 ignored) of:
 * 1 held at the level asked or higher (LEVEL_1 highest) or no level asked; partial when held lower
 * (certificateShortfallScore) or with no level stated (0.5); 0 when not held.
 * No certificates asked for: 1, neutral.
 */
export function scoreCertificates(
  required: readonly MatchCertificate[],
  held: readonly MatchCertificate[],
  synonyms: SynonymIndex,
): PartScore {
  // One entry per distinct certificate, asking the highest level listed for it.
  const wanted = new Map<string, MatchCertificate>();
  for (const cert of required ?? []) {
    const key = synonyms.keyOf(normalizeCertificateName(cert.name));
    if (key === '') continue;
    const prior = wanted.get(key);
    if (!prior || levelRank(cert.level) > levelRank(prior.level)) wanted.set(key, { name: cert.name.trim(), level: cert.level ?? null });
  }
  if (wanted.size === 0) return { key: 'certificates', score: 1, reason: '岗位无证书要求', neutral: true };

  // The person's best certificate per key; a stated level beats an unstated one.
  const best = new Map<string, MatchCertificate>();
  for (const cert of held ?? []) {
    const key = synonyms.keyOf(normalizeCertificateName(cert.name));
    if (key === '') continue;
    const prior = best.get(key);
    if (!prior || levelRank(cert.level) > levelRank(prior.level)) best.set(key, { name: cert.name.trim(), level: cert.level ?? null });
  }

  let total = 0;
  const notes: string[] = [];
  const missing: string[] = [];
  for (const [key, want] of wanted) {
    const have = best.get(key);
    const wantRank = levelRank(want.level);
    if (!have) {
      missing.push(`${want.name}${levelLabel(want.level)}`);
      continue;
    }
    const haveRank = levelRank(have.level);
    const name = stripCertificateSuffix(have.name);
    if (wantRank === 0 || haveRank >= wantRank) {
      total += 1;
      notes.push(`持${name}${levelLabel(have.level)}证书`);
    } else if (haveRank === 0) {
      total += CERTIFICATE_UNSTATED_LEVEL_SCORE;
      notes.push(`持${name}证书，未注明等级，岗位要求${levelLabel(want.level)}`);
    } else {
      total += certificateShortfallScore(wantRank - haveRank);
      notes.push(`${name}证书等级不足：持${levelLabel(have.level)}，要求${levelLabel(want.level)}`);
    }
  }
  if (missing.length > 0) notes.push(`缺少证书：${missing.join(LIST_SEPARATOR)}`);
  return { key: 'certificates', score: total / wanted.size, reason: notes.join('；') };
}

/** "焊工证" → "焊工", so the reason reads "持焊工四级（中级）证书". */
function stripCertificateSuffix(name: string): string {
  const stripped = name.replace(/\s*(?:证书|证)$/u, '');
  return stripped === '' ? name : stripped;
}

/* ---------------------------------------------------------------- distance */

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two WGS-84 points (haversine formula). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function pointOf(lat: number | null | undefined, lng: number | null | undefined): GeoPoint | null {
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

export type RegionRelation = 'county' | 'prefecture' | 'province' | 'other';

/** Fallback scores when either point is missing (domain rule). */
export const REGION_RELATION_SCORES: Readonly<Record<RegionRelation, number>> = Object.freeze({
  county: 1,
  prefecture: 0.7,
  province: 0.4,
  other: 0.1,
});

export const REGION_RELATION_LABELS_ZH: Readonly<Record<RegionRelation, string>> = Object.freeze({
  county: '同县',
  prefecture: '同市',
  province: '同省',
  other: '跨省',
});

/** Score of the distance part when nothing tells where the person or the job is. */
export const DISTANCE_UNKNOWN_SCORE = 0.5;

/**
 * How close two region codes are: the same county (a township counts as its county; two townships of
 * a prefecture-level city without counties, such as 东莞, as the same county), the same prefecture,
 * the same province, or other. A code above county level (a prefecture or province) can only share
 * that level. Null when either code is missing or malformed.
 */
export function regionRelation(a: string | null | undefined, b: string | null | undefined): RegionRelation | null {
  const x = a ? normalizeRegionCode(a) : null;
  const y = b ? normalizeRegionCode(b) : null;
  if (x === null || y === null) return null;
  if (x.slice(0, 2) !== y.slice(0, 2)) return 'other';
  const countyX = countyUnit(x);
  if (countyX !== null && countyX === countyUnit(y)) return 'county';
  if (x.slice(2, 4) !== '00' && x.slice(0, 4) === y.slice(0, 4)) return 'prefecture';
  return 'province';
}

function countyUnit(canonical: string): string | null {
  if (canonical.length === 9) return canonical.slice(0, 6);
  return canonical.endsWith('00') ? null : canonical;
}

export interface DistanceScore extends PartScore {
  key: 'distance';
  distanceKm: number | null;
}

/** "距离 6 公里" (whole km, rounded), "距离不足 1 公里" below 1 km. */
export function formatDistanceZh(km: number): string {
  return km < 1 ? '距离不足 1 公里' : `距离 ${Math.round(km)} 公里`;
}

/**
 * With both points: falls linearly from 1 at 0 km to 0 at `maxDistanceKm` (and beyond).
 * Without both points: by regions (the person's residence region, else hukou region): same county 1,
 * prefecture 0.7, province 0.4, other 0.1. Neutral 0.5 when neither works.
 * Desired places: someone who wants work 省外 (OUT_OF_PROVINCE) scores 1 for a job in another
 * province, and someone who wants 省内 (IN_PROVINCE) scores 1 for a job anywhere in their province,
 * with points or without: the person chose to travel that far.
 */
export function scoreDistance(job: MatchJob, candidate: MatchCandidate, maxDistanceKm: number): DistanceScore {
  const home = candidate.residenceRegionCode ?? candidate.hukouRegionCode;
  const relation = regionRelation(job.regionCode, home);
  const places = candidate.desiredPlaces ?? [];
  let wish: string | null = null;
  if (relation === 'other' && places.includes(DesiredPlace.OUT_OF_PROVINCE)) wish = '符合省外务工意向';
  else if (relation !== null && relation !== 'other' && places.includes(DesiredPlace.IN_PROVINCE)) wish = '符合省内务工意向';

  const jobPoint = pointOf(job.lat, job.lng);
  const homePoint = pointOf(candidate.residenceLat, candidate.residenceLng);
  if (jobPoint && homePoint) {
    const km = haversineKm(jobPoint, homePoint);
    const byKm = clamp01(1 - km / maxDistanceKm);
    const base = formatDistanceZh(km);
    if (wish !== null && byKm < 1) return { key: 'distance', score: 1, reason: `${base}（${wish}）`, distanceKm: km };
    return { key: 'distance', score: byKm, reason: base, distanceKm: km };
  }
  if (relation === null) {
    return { key: 'distance', score: DISTANCE_UNKNOWN_SCORE, reason: '位置信息不全，无法判断距离', neutral: true, distanceKm: null };
  }
  const label = REGION_RELATION_LABELS_ZH[relation];
  const byRegion = REGION_RELATION_SCORES[relation];
  if (wish !== null && byRegion < 1) return { key: 'distance', score: 1, reason: `${label}（${wish}）`, distanceKm: null };
  return { key: 'distance', score: byRegion, reason: label, distanceKm: null };
}

/* --------------------------------------------------------------------- pay */

/**
 * When the job's top pay is below the person's minimum, the score falls linearly from 1 to 0 as the
 * gap grows to this share of the minimum (expecting 5000, a job paying up to 4000 scores 0.6,
 * up to 2500 or less 0).
 */
export const PAY_SHORTFALL_ZERO_AT = 0.5;
/** Score when the job's pay is not stated (面议). */
export const PAY_UNKNOWN_SCORE = 0.5;

const positive = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null);

function formatRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `${min} 元/月` : `${min}-${max} 元/月`;
  if (min !== null) return `${min} 元/月以上`;
  return `${max} 元/月以内`;
}

/**
 * 1 when the job's top pay reaches the person's expected minimum; partial below it
 * (PAY_SHORTFALL_ZERO_AT). No expected minimum: 1 (neutral when no expectation at all).
 * Job pay not stated (payMax ≤ 0): 0.5, neutral. Reason "期望 5000-7000 元/月，岗位 6000-9000 元/月".
 */
export function scorePay(
  job: Pick<MatchJob, 'payMin' | 'payMax'>,
  candidate: Pick<MatchCandidate, 'expectedPayMin' | 'expectedPayMax'>,
): PartScore {
  let expMin = positive(candidate.expectedPayMin);
  let expMax = positive(candidate.expectedPayMax);
  if (expMin !== null && expMax !== null && expMin > expMax) [expMin, expMax] = [expMax, expMin];
  if (expMin === null && expMax === null) return { key: 'pay', score: 1, reason: '未填写期望薪资', neutral: true };

  const rawMin = Number.isFinite(job.payMin) && job.payMin > 0 ? job.payMin : 0;
  const rawMax = Number.isFinite(job.payMax) && job.payMax > 0 ? job.payMax : 0;
  const jobMax = Math.max(rawMin, rawMax);
  const jobMin = Math.min(rawMin, rawMax) || jobMax;
  if (jobMax <= 0) return { key: 'pay', score: PAY_UNKNOWN_SCORE, reason: '岗位薪资面议', neutral: true };

  const text = `期望 ${formatRange(expMin, expMax)}，岗位 ${formatRange(jobMin, jobMax)}`;
  if (expMin === null || jobMax >= expMin) return { key: 'pay', score: 1, reason: text };
  const score = clamp01(1 - (expMin - jobMax) / (expMin * PAY_SHORTFALL_ZERO_AT));
  return { key: 'pay', score, reason: `岗位薪资低于期望：${text}` };
}

/* --------------------------------------------------------------- education */

/** Order of education levels for requirements; 中专/技校 (VOCATIONAL) ranks with 高中. */
export const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = Object.freeze({
  [EducationLevel.NONE]: 0,
  [EducationLevel.PRIMARY]: 1,
  [EducationLevel.JUNIOR_HIGH]: 2,
  [EducationLevel.SENIOR_HIGH]: 3,
  [EducationLevel.VOCATIONAL]: 3,
  [EducationLevel.ASSOCIATE]: 4,
  [EducationLevel.BACHELOR]: 5,
  [EducationLevel.MASTER]: 6,
  [EducationLevel.DOCTORATE]: 7,
});

export const EDUCATION_LABELS_ZH: Readonly<Record<EducationLevel, string>> = Object.freeze({
  [EducationLevel.NONE]: '无学历',
  [EducationLevel.PRIMARY]: '小学',
  [EducationLevel.JUNIOR_HIGH]: '初中',
  [EducationLevel.SENIOR_HIGH]: '高中',
  [EducationLevel.VOCATIONAL]: '中专/技校',
  [EducationLevel.ASSOCIATE]: '大专',
  [EducationLevel.BACHELOR]: '本科',
  [EducationLevel.MASTER]: '硕士',
  [EducationLevel.DOCTORATE]: '博士',
});

/** Score when the job asks for an education the person has not stated. */
export const EDUCATION_UNKNOWN_SCORE = 0.5;

/** Meets the requirement 1, one level short 0.5, more 0. No requirement (null or NONE): 1, neutral. */
export function scoreEducation(required: EducationLevel | null | undefined, held: EducationLevel | null | undefined): PartScore {
  const need = required ? EDUCATION_RANK[required] : undefined;
  if (!required || need === undefined || need === 0) return { key: 'education', score: 1, reason: '岗位不限学历', neutral: true };
  const have = held ? EDUCATION_RANK[held] : undefined;
  const wanted = EDUCATION_LABELS_ZH[required];
  if (!held || have === undefined) {
    return { key: 'education', score: EDUCATION_UNKNOWN_SCORE, reason: `未填写学历（岗位要求${wanted}）`, neutral: true };
  }
  const detail = `要求${wanted}，本人${EDUCATION_LABELS_ZH[held]}`;
  if (have >= need) return { key: 'education', score: 1, reason: `学历符合：${detail}` };
  if (need - have === 1) return { key: 'education', score: 0.5, reason: `学历略低：${detail}` };
  return { key: 'education', score: 0, reason: `学历不足：${detail}` };
}

/* -------------------------------------------------------------- occupation */

/** Score when the person has named no desired occupation. */
export const OCCUPATION_UNKNOWN_SCORE = 0.5;

/**
 * 1 when the job's occupation or title matches a desired occupation: synonym-aware, and either
 * containing the other ("焊工" matches "电焊工", "保洁" matches "公益性岗位保洁员"); else 0.
 * No desired occupations: 0.5, neutral.
 */
export function scoreOccupation(
  job: Pick<MatchJob, 'occupation' | 'title'>,
  desired: readonly string[],
  synonyms: SynonymIndex,
): PartScore {
  const wishes = (desired ?? []).map((d) => ({ label: d.trim(), term: normalizeTerm(d) })).filter((d) => d.term !== '');
  if (wishes.length === 0) return { key: 'occupation', score: OCCUPATION_UNKNOWN_SCORE, reason: '未填写意向职业', neutral: true };
  const jobTerms = [job.occupation, job.title].flatMap((t) => synonyms.variantsOf(normalizeTerm(t ?? '')));
  for (const wish of wishes) {
    const variants = synonyms.variantsOf(wish.term);
    if (variants.some((v) => jobTerms.some((j) => j.includes(v) || v.includes(j)))) {
      return { key: 'occupation', score: 1, reason: `意向职业匹配：${wish.label}` };
    }
  }
  return { key: 'occupation', score: 0, reason: `非意向职业（意向：${wishes.map((w) => w.label).join(LIST_SEPARATOR)}）` };
}

/* -------------------------------------------------------- local preference */

/** The region that counts as local for a project job: its scope, else the job's county (or the job's region above county level). */
export function localScopeOf(job: Pick<MatchJob, 'regionCode' | 'localScopeRegionCode'>): string | null {
  const scope = job.localScopeRegionCode ? normalizeRegionCode(job.localScopeRegionCode) : null;
  if (scope !== null) return scope;
  const region = normalizeRegionCode(job.regionCode ?? '');
  if (region === null) return null;
  return region.length === 9 ? region.slice(0, 6) : region;
}

/**
 * Project jobs only (null otherwise): 1 when the person's hukou lies within the project's local scope
 * ("项目业主单位按照属地化原则…优先使用本地农民工", 000 §1), else 0.
 */
export function scoreLocalPreference(job: MatchJob, candidate: Pick<MatchCandidate, 'hukouRegionCode'>): PartScore | null {
  if (!job.projectId) return null;
  const scope = localScopeOf(job);
  const hukou = candidate.hukouRegionCode;
  if (!hukou || normalizeRegionCode(hukou) === null) return { key: 'localPreference', score: 0, reason: '户籍地未知，无法认定本地用工' };
  if (scope !== null && isWithinRegion(hukou, scope)) return { key: 'localPreference', score: 1, reason: '本地户籍（项目属地优先）' };
  return { key: 'localPreference', score: 0, reason: '非项目属地户籍' };
}

/* ---------------------------------------------------------- priority boost */

/**
 * The largest boost among the person's priority groups, from the job's boost table (project boosts on
 * project and 以工代赈 jobs). Null when the table boosts nobody, so a pack without boosts changes
 * nothing. Ties go to the group listed first in PriorityGroup. Reason "脱贫劳动力优先".
 */
export function scorePriorityBoost(
  job: Pick<MatchJob, 'projectId' | 'kind'>,
  groups: readonly PriorityGroup[],
  weights: MatchWeights,
): PartScore | null {
  const boosts = priorityBoostsFor(weights, job);
  if (!Object.values(boosts).some((v) => typeof v === 'number' && v > 0)) return null;
  let top: PriorityGroup | null = null;
  let topBoost = 0;
  for (const group of Object.values(PriorityGroup)) {
    if (!(groups ?? []).includes(group)) continue;
    const boost = clamp01(boosts[group] ?? 0);
    if (boost > topBoost) {
      top = group;
      topBoost = boost;
    }
  }
  if (top === null) return { key: 'priorityBoost', score: 0, reason: '无优先群体标签', neutral: true };
  return { key: 'priorityBoost', score: topBoost, reason: `${PRIORITY_GROUP_LABELS_ZH[top]}优先` };
}
