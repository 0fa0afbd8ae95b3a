import type { EmployerSize, JobKind, PriorityGroup } from '@jobbridge/contracts';
import type { SubsidyAnswersInput } from '../../graphql/generated/graphql';

/** The control a policy-page question asks for (`SubsidyQuestion.type`); anything else is not shown. */
export const QUESTION_TYPES = [
  'groups',
  'date',
  'number',
  'boolean',
  'employerSize',
  'jobKind',
  'certificateLevel',
  'region',
  'share',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionLike {
  key: string;
  text: string;
  type: string;
}

export type AnswerKey = keyof SubsidyAnswersInput;

/**
 * Every field of `SubsidyAnswersInput` and what GraphQL takes there: a number field is an `Int` unless marked `float`.
 * `satisfies` keeps this in step with the schema: a field added to the input fails the typecheck until it is listed.
 */
const ANSWER_FIELDS = {
  assistanceWorkshop: 'boolean',
  birthYear: 'int',
  certificateLevel: 'text',
  contractMonths: 'int',
  employerSize: 'text',
  graduationDate: 'date',
  groups: 'list',
  hukouRegionCode: 'text',
  insuredCount: 'int',
  insuredMonths: 'int',
  jobKind: 'text',
  laidOff: 'int',
  lastYearPremiumsYuan: 'float',
  organizedTransfer: 'boolean',
  registeredUnemployedSince: 'date',
  retentionRate: 'float',
  socialInsuranceMonths: 'int',
  tenureMonths: 'int',
} as const satisfies Record<AnswerKey, 'boolean' | 'int' | 'float' | 'text' | 'date' | 'list'>;

const isAnswerKey = (key: string): key is AnswerKey => Object.prototype.hasOwnProperty.call(ANSWER_FIELDS, key);
const isQuestionType = (type: string): type is QuestionType => (QUESTION_TYPES as readonly string[]).includes(type);

/** The questions the form can ask: a known control for a field the API takes, each field once (first wins). */
export function askableQuestions<Q extends QuestionLike>(questions: readonly Q[]): (Q & { key: AnswerKey; type: QuestionType })[] {
  const seen = new Set<string>();
  const out: (Q & { key: AnswerKey; type: QuestionType })[] = [];
  for (const q of questions) {
    if (!isAnswerKey(q.key) || !isQuestionType(q.type) || seen.has(q.key)) continue;
    seen.add(q.key);
    out.push(q as Q & { key: AnswerKey; type: QuestionType });
  }
  return out;
}

/** Whether an answer field takes whole numbers only (the number input's precision). */
export const isWholeNumberAnswer = (key: AnswerKey): boolean => ANSWER_FIELDS[key] === 'int';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_CODE = /^\d{6}$/;

/**
 * The form's values as `SubsidyAnswersInput`: one field per answered question, converted to what the API takes.
 * Unanswered questions are left out (the engine treats them as unknown, not as "no"): empty lists, blank texts,
 * cleared numbers and the boolean's "不清楚". A region is the cascader's path (its last code); a share is asked in
 * percent (0–100) and sent as 0–1; Int fields are rounded.
 */
export function buildSubsidyAnswers(questions: readonly QuestionLike[], values: Record<string, unknown>): SubsidyAnswersInput {
  const answers: Record<string, unknown> = {};
  for (const q of askableQuestions(questions)) {
    const value = toAnswer(q.type, q.key, values[q.key]);
    if (value !== undefined) answers[q.key] = value;
  }
  return answers as SubsidyAnswersInput;
}

function toAnswer(type: QuestionType, key: AnswerKey, raw: unknown): unknown {
  switch (type) {
    case 'groups': {
      const list = Array.isArray(raw) ? [...new Set(raw.filter((g): g is string => typeof g === 'string' && g !== ''))] : [];
      return list.length ? (list as PriorityGroup[]) : undefined;
    }
    case 'date':
      return typeof raw === 'string' && ISO_DATE.test(raw) ? raw : undefined;
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return undefined;
      return ANSWER_FIELDS[key] === 'int' ? Math.round(raw) : raw;
    }
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'employerSize':
      return typeof raw === 'string' && raw ? (raw as EmployerSize) : undefined;
    case 'jobKind':
      return typeof raw === 'string' && raw ? (raw as JobKind) : undefined;
    case 'certificateLevel':
      return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
    case 'region': {
      const code = Array.isArray(raw) ? raw[raw.length - 1] : raw;
      return typeof code === 'string' && REGION_CODE.test(code) ? code : undefined;
    }
    case 'share': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      const percent = Math.min(100, Math.max(0, raw));
      return Math.round(percent * 100) / 10_000;
    }
  }
}

/** How many questions the answers settle (for "已回答 3/7"). */
export const answeredCount = (answers: SubsidyAnswersInput): number => Object.keys(answers).length;
