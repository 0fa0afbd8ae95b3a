import { DEFAULT_SCREENING_RULES } from './screening-rules';

/**
 * Fair-hiring screening of job postings (001 保障措施(三), domain.md §9): flags text that restricts
 * applicants by gender, age, hukou, ethnicity, marriage or pregnancy, or charges them fees, so a
 * bureau officer reviews the posting before it goes live. A flag is a prompt for review, not a verdict.
 */
export type ScreeningFlagCode =
  'GENDER_RESTRICTION' | 'AGE_RESTRICTION' | 'HUKOU_RESTRICTION' | 'ETHNICITY_RESTRICTION' | 'FEE_CHARGED' | 'MARITAL_OR_PREGNANCY';

/** Every flag code, in the order a person reads them in a filter (gender first, fees last). */
export const SCREENING_FLAG_CODES: readonly ScreeningFlagCode[] = Object.freeze([
  'GENDER_RESTRICTION',
  'AGE_RESTRICTION',
  'HUKOU_RESTRICTION',
  'ETHNICITY_RESTRICTION',
  'MARITAL_OR_PREGNANCY',
  'FEE_CHARGED',
]);

export interface ScreeningFlag {
  code: ScreeningFlagCode;
  /** The matched text (after NFKC normalisation, so full-width digits appear half-width). */
  evidence: string;
}

/** One screening rule: text matching `pattern` raises a flag with `code`. Rules are data. */
export interface ScreeningRule {
  readonly code: ScreeningFlagCode;
  readonly pattern: RegExp;
}

export interface ScreenablePosting {
  title: string;
  description: string;
  requirementsText?: string;
}

interface Hit {
  code: ScreeningFlagCode;
  evidence: string;
  field: number;
  start: number;
  end: number;
}

function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
}

function hitsIn(text: string, field: number, rules: readonly ScreeningRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const rule of rules) {
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
 * fields). Text is NFKC-normalised first, so full-width digits and punctuation match too.
 * Flags come in reading order. Overlapping matches of the same code keep the earliest (then
 * longest) one, and a code with the same evidence is reported once.
 */
export function screenJobPosting(posting: ScreenablePosting, rules: readonly ScreeningRule[] = DEFAULT_SCREENING_RULES): ScreeningFlag[] {
  const fields = [posting.title, posting.description, posting.requirementsText ?? ''];
  const hits = fields
    .flatMap((text, field) => hitsIn((text ?? '').normalize('NFKC'), field, rules))
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
  return kept.map(({ code, evidence }) => ({ code, evidence }));
}

/** A posting as the employer writes it: the fields the screen reads. */
export interface PostingDraftText {
  title: string;
  description: string;
  /** The truth card's free-text note (补充说明). */
  truthCardNote?: string | null;
  /** Certificate names under requirements. */
  certificateNames?: readonly (string | null | undefined)[];
}

/**
 * Screens a posting's text the one way the API stores it and the editor previews it: the truth card's note is read
 * with the description, certificate names as the requirements. Both call this, so the warning the employer sees
 * while typing is the flag list the officer gets.
 */
export function screenPostingDraft(draft: PostingDraftText, rules: readonly ScreeningRule[] = DEFAULT_SCREENING_RULES): ScreeningFlag[] {
  return screenJobPosting(
    {
      title: draft.title ?? '',
      description: [draft.description ?? '', draft.truthCardNote ?? ''].join('\n'),
      requirementsText: (draft.certificateNames ?? []).filter((n): n is string => typeof n === 'string').join(' '),
    },
    rules,
  );
}
