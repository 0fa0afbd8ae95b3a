import { CertificateLevel, DesiredPlace, EducationLevel, JobKind, PriorityGroup } from '@jobbridge/contracts';

/** A certificate a job asks for or a person holds (职业资格 / 职业技能等级证书). */
export interface MatchCertificate {
  name: string;
  /** Null or absent: no level asked for (job) or no level stated (person). */
  level?: CertificateLevel | null;
}

/** The job side of a match: the facts about a posting that matching reads. */
export interface MatchJob {
  id: string;
  title: string;
  occupation: string;
  kind: JobKind;
  skills: string[];
  certificates: MatchCertificate[];
  /** Minimum education; null or NONE means no requirement. */
  education: EducationLevel | null;
  /** Monthly pay in 元; a payMax of 0 (or less) means pay is not stated (面议). */
  payMin: number;
  payMax: number;
  /** GB/T 2260 code of the workplace. */
  regionCode: string;
  lat: number | null;
  lng: number | null;
  /** Set for jobs on a major project (重大项目), domain.md §5. */
  projectId: string | null;
  /** For project jobs: the local scope of the project; absent or null means the job's county. */
  localScopeRegionCode?: string | null;
}

/** The job-seeker side of a match: the labour profile (劳动力画像, domain.md §2). */
export interface MatchCandidate {
  id: string;
  skills: string[];
  certificates: MatchCertificate[];
  education: EducationLevel | null;
  desiredOccupations: string[];
  desiredPlaces: DesiredPlace[];
  /** Monthly pay in 元. */
  expectedPayMin: number | null;
  expectedPayMax: number | null;
  hukouRegionCode: string | null;
  residenceRegionCode: string | null;
  residenceLat: number | null;
  residenceLng: number | null;
  priorityGroups: PriorityGroup[];
  birthYear: number | null;
  /** `YYYY-MM-DD`, the day the person left school. */
  graduationDate: string | null;
}

export interface MatchContext {
  /** The instant "now"; eligibility dates are judged on its China (UTC+8) calendar date. */
  today: Date;
  /** Synonym groups for occupations, skills and certificate names, e.g. [['电焊工','焊工'],['月嫂','母婴护理员']]. */
  synonyms?: readonly (readonly string[])[];
  /**
   * Who may take a public-welfare post (公益性岗位). A region's policy pack may narrow or widen it;
   * absent means PUBLIC_WELFARE_ELIGIBLE_GROUPS.
   */
  publicWelfareGroups?: readonly PriorityGroup[];
}

export type MatchPartKey =
  'skills' | 'certificates' | 'distance' | 'pay' | 'education' | 'occupation' | 'localPreference' | 'priorityBoost';

/** The order parts are listed in, and the tie-break when two reasons contribute equally. */
export const MATCH_PART_KEYS: readonly MatchPartKey[] = Object.freeze([
  'skills',
  'certificates',
  'distance',
  'pay',
  'education',
  'occupation',
  'localPreference',
  'priorityBoost',
] as MatchPartKey[]);

export interface MatchPart {
  key: MatchPartKey;
  /** 0..1 */
  score: number;
  /**
   * The part's share of the total, normalised so that the weights of the parts that apply sum to 1
   * (0 when every weight is 0). The result's score is 100 × Σ(weight × score), rounded.
   */
  weight: number;
  /** Chinese, e.g. "技能匹配 3/4：电焊、气割、识图" or "缺少证书：电工". */
  reason: string;
  /**
   * True when the part had nothing to judge (no requirement, facts missing, no priority group); its
   * score still counts, but its reason stays here and is left out of `MatchResult.reasons`.
   */
  neutral?: boolean;
}

/** What a reason is about: a part of the match, or the skills the person lacks. */
export type MatchReasonKind = MatchPartKey | 'missingSkills';

/**
 * One reason with its kind and the values it states, so a screen can place or restyle it without reading the
 * Chinese text (e.g. show the distance apart only when no distance reason states kilometres).
 */
export interface MatchReason {
  kind: MatchReasonKind;
  /** The readable Chinese reason, as in `MatchResult.reasons`. */
  text: string;
  /** distance: straight-line km, when both points are known (null when judged by region). */
  distanceKm?: number | null;
  /** skills: required skills met / required in all. */
  met?: number;
  total?: number;
  /** skills: the skills met; missingSkills: the skills lacking, as the job spells them. */
  items?: string[];
}

export interface MatchResult {
  /** 0..100, rounded to an integer. */
  score: number;
  eligible: boolean;
  /** Why not eligible, Chinese. */
  ineligibleReason?: string;
  parts: MatchPart[];
  /** The readable reasons, best first; the missing-skills reason comes last. */
  reasons: string[];
  /** The same reasons in the same order, each with its kind and values. */
  reasonDetails: MatchReason[];
  /** The job's required skills the person has, as the job spells them. */
  skillsMet: string[];
  /** The job's required skills the person lacks, as the job spells them. */
  skillsMissing: string[];
  /** Straight-line km between workplace and residence; null when either point is missing. */
  distanceKm: number | null;
}
