import type { EducationLevel, JobKind } from '@jobbridge/contracts';
import { SCREENING_CLAUSES, ScreeningClause } from './screening/clauses';
import { educationRequirementLine, isManualOrElementaryWork } from './screening/manual-work';
import { DEFAULT_SCREENING_RULES } from './screening-rules';

/**
 * Fair-hiring screening of job postings (001 保障措施(三), 003 §7, domain.md §9): flags text that restricts
 * applicants by gender, age, hukou, ethnicity, marriage or pregnancy, education out of proportion to the work or
 * health (乙肝/HIV), that charges them fees, or that bears the marks of a scam or an illegal agency (黑职介), so a
 * bureau officer reviews the posting before it goes live. A flag is a prompt for review, not a verdict.
 */
export type ScreeningFlagCode =
  | 'GENDER_RESTRICTION'
  | 'AGE_RESTRICTION'
  | 'HUKOU_RESTRICTION'
  | 'ETHNICITY_RESTRICTION'
  | 'FEE_CHARGED'
  | 'MARITAL_OR_PREGNANCY'
  | 'EDUCATION_DISPROPORTIONATE'
  | 'HEALTH_DISCRIMINATION'
  | 'SCAM_PATTERN'
  | 'ILLEGAL_AGENCY';

/** Every flag code, in the order a person reads them in a filter (discrimination first, then money and fraud). */
export const SCREENING_FLAG_CODES: readonly ScreeningFlagCode[] = Object.freeze([
  'GENDER_RESTRICTION',
  'AGE_RESTRICTION',
  'HUKOU_RESTRICTION',
  'ETHNICITY_RESTRICTION',
  'MARITAL_OR_PREGNANCY',
  'EDUCATION_DISPROPORTIONATE',
  'HEALTH_DISCRIMINATION',
  'FEE_CHARGED',
  'SCAM_PATTERN',
  'ILLEGAL_AGENCY',
]);

export type { ScreeningClause } from './screening/clauses';

export interface ScreeningFlag {
  code: ScreeningFlagCode;
  /** The matched text (after NFKC normalisation, so full-width digits appear half-width). */
  evidence: string;
  /** The rule the wording breaks and where it is written (SCREENING_CLAUSES, by code). */
  clause: ScreeningClause;
}

/**
 * A condition on the posting itself, judged from its structured fields and title rather than from the matched
 * text: MANUAL_OR_ELEMENTARY_WORK is `isManualOrElementaryWork` (screening/manual-work.ts, word lists as data).
 */
export type ScreeningCondition = 'MANUAL_OR_ELEMENTARY_WORK';

/**
 * One screening rule: text matching `pattern` raises a flag with `code`. Rules are data. The optional parts narrow
 * a rule to a combination: `when` (a kind of posting), `alsoRequires` (another phrase anywhere in the posting, e.g.
 * 下载APP with 充值) and `unless` (nothing anywhere in the posting matches it, e.g. 代招 without a named employer).
 */
export interface ScreeningRule {
  readonly code: ScreeningFlagCode;
  readonly pattern: RegExp;
  readonly when?: ScreeningCondition;
  readonly alsoRequires?: RegExp;
  readonly unless?: RegExp;
}

export interface ScreenablePosting {
  title: string;
  description: string;
  requirementsText?: string;
  /** The structured minimum education; screened as the line "学历要求：本科及以上". */
  education?: EducationLevel | null;
  /** The structured occupation (e.g. "保洁员"), read with the title to tell manual work. */
  occupation?: string | null;
  jobKind?: JobKind | null;
}

interface Hit {
  code: ScreeningFlagCode;
  evidence: string;
  field: number;
  start: number;
  end: number;
}

/** Compiled copies of each pattern (global for matchAll, plain for test), made once per pattern object. */
const globalCopies = new WeakMap<RegExp, RegExp>();
const plainCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

function plainCopy(pattern: RegExp): RegExp {
  let copy = plainCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    plainCopies.set(pattern, copy);
  }
  return copy;
}

function hitsIn(text: string, field: number, rules: readonly ScreeningRule[]): Hit[] {
  const hits: Hit[] = [];
  if (text === '') return hits;
  for (const rule of rules) {
    // matchAll clones the (cached, never advanced) regex, so no lastIndex state is shared between calls.
    for (const match of text.matchAll(globalCopy(rule.pattern))) {
      const evidence = match[0].trim();
      if (evidence === '') continue;
      hits.push({ code: rule.code, evidence, field, start: match.index, end: match.index + match[0].length });
    }
  }
  return hits;
}

/**
 * Screens the title, description and requirements, each on its own (a phrase never spans two
 * fields), and the structured education as its own line. Text is NFKC-normalised first, so full-width digits and
 * punctuation match too. A rule's `when`, `alsoRequires` and `unless` are judged on the whole posting.
 * Flags come in reading order. Overlapping matches of the same code keep the earliest (then
 * longest) one, and a code with the same evidence is reported once. Each flag carries its code's clause.
 */
export function screenJobPosting(posting: ScreenablePosting, rules: readonly ScreeningRule[] = DEFAULT_SCREENING_RULES): ScreeningFlag[] {
  const fields = [posting.title, posting.description, posting.requirementsText ?? '', educationRequirementLine(posting.education)].map(
    (text) => (text ?? '').normalize('NFKC'),
  );
  const whole = fields.join('\n');
  let manual: boolean | undefined;
  const applicable = rules.filter((rule) => {
    if (rule.when === 'MANUAL_OR_ELEMENTARY_WORK') {
      manual ??= isManualOrElementaryWork(posting);
      if (!manual) return false;
    }
    if (rule.alsoRequires && !plainCopy(rule.alsoRequires).test(whole)) return false;
    if (rule.unless && plainCopy(rule.unless).test(whole)) return false;
    return true;
  });
  const hits = fields
    .flatMap((text, field) => hitsIn(text, field, applicable))
    .sort((a, b) => a.field - b.field || a.start - b.start || b.end - a.end);

  const kept: Hit[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const overlaps = kept.some((k) => k.code === hit.code && k.field === hit.field && hit.start < k.end);
    const key = `${hit.code}\u0000${hit.evidence}`;
    if (overlaps || seen.has(key)) continue;
    kept.push(hit);
    seen.add(key);
  }
  return kept.map(({ code, evidence }) => ({ code, evidence, clause: SCREENING_CLAUSES[code] }));
}

/** A posting as the employer writes it: the fields the screen reads. */
export interface PostingDraftText {
  title: string;
  description: string;
  /** The truth card's free-text note (补充说明). */
  truthCardNote?: string | null;
  /** Certificate names under requirements. */
  certificateNames?: readonly (string | null | undefined)[];
  /** The structured minimum education (requirements.education). */
  education?: EducationLevel | null;
  /** The structured occupation. */
  occupation?: string | null;
  jobKind?: JobKind | null;
}

/**
 * Screens a posting's text the one way the API stores it and the editor previews it: the truth card's note is read
 * with the description, certificate names as the requirements, the structured education, occupation and kind as
 * they are. Both call this, so the warning the employer sees while typing is the flag list the officer gets.
 */
export function screenPostingDraft(draft: PostingDraftText, rules: readonly ScreeningRule[] = DEFAULT_SCREENING_RULES): ScreeningFlag[] {
  return screenJobPosting(
    {
      title: draft.title ?? '',
      description: [draft.description ?? '', draft.truthCardNote ?? ''].join('\n'),
      requirementsText: (draft.certificateNames ?? []).filter((n): n is string => typeof n === 'string').join(' '),
      education: draft.education ?? null,
      occupation: draft.occupation ?? null,
      jobKind: draft.jobKind ?? null,
    },
    rules,
  );
}
