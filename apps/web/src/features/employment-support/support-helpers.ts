import { FollowUpOutcome, Gender } from '@jobbridge/contracts';
import {
  ageOn,
  ID_NUMBER_LENGTH,
  normalizeIdNumber,
  registrationProblems,
  scheduleAfterFollowUp,
  validateIdNumber,
  WORKING_AGE_MIN,
  type UnemploymentRegistrationFacts,
} from '@jobbridge/domain';

/** Why a typed number is refused; labelled by `employmentSupport.idProblem.*`. */
export type IdNumberProblem = 'CHARACTERS' | 'CHECK_DIGIT' | 'BIRTH_DATE' | 'UNDER_AGE';

/** What the identity-number box says as the person types (the API checks the same rule, libs/domain validateIdNumber). */
export type IdNumberFeedback =
  | { status: 'empty' }
  | { status: 'typing'; count: number }
  | { status: 'invalid'; reason: IdNumberProblem }
  | { status: 'valid'; birthDate: string; gender: Gender };

const PARTIAL = /^\d{0,17}[\dXx]?$/;

export function idNumberFeedback(raw: string | null | undefined, today: Date = new Date()): IdNumberFeedback {
  const value = normalizeIdNumber(raw ?? '');
  if (!value) return { status: 'empty' };
  if (!PARTIAL.test(value) || (value.length < ID_NUMBER_LENGTH && value.endsWith('X'))) {
    return { status: 'invalid', reason: 'CHARACTERS' };
  }
  if (value.length < ID_NUMBER_LENGTH) return { status: 'typing', count: value.length };
  const result = validateIdNumber(value, today);
  if (!result.ok) {
    return { status: 'invalid', reason: result.reason === 'BIRTH_DATE' ? 'BIRTH_DATE' : 'CHECK_DIGIT' };
  }
  if (ageOn(result.birthDate, today) < WORKING_AGE_MIN) return { status: 'invalid', reason: 'UNDER_AGE' };
  return { status: 'valid', birthDate: result.birthDate, gender: result.gender };
}

/** The form's values as the registration rule reads them. */
export interface RegistrationFormValues {
  idNumber?: string;
  householdHeadIdNumber?: string;
  householdHeadName?: string;
  workingAgeMembers?: number | null;
  employedMembers?: number | null;
  lastJobEndedMonth?: string | null;
  lastEmployerName?: string | null;
}

/**
 * The registration rule's message for each field (libs/domain registrationProblems, the API's own rule), so the form
 * shows beside each field what the API would refuse. Only the first problem of a field is kept.
 */
export function registrationFieldErrors(
  v: RegistrationFormValues,
  today: Date = new Date(),
): Partial<Record<keyof RegistrationFormValues, string>> {
  const facts: UnemploymentRegistrationFacts = {
    idNumber: v.idNumber ?? '',
    householdHeadIdNumber: v.householdHeadIdNumber ?? '',
    householdHeadName: v.householdHeadName ?? '',
    workingAgeMembers: v.workingAgeMembers ?? 0,
    employedMembers: v.employedMembers ?? 0,
    lastJobEndedMonth: v.lastJobEndedMonth ?? null,
    lastEmployerName: v.lastEmployerName ?? null,
  };
  const out: Partial<Record<keyof RegistrationFormValues, string>> = {};
  for (const p of registrationProblems(facts, today)) {
    const field = p.field as keyof RegistrationFormValues | undefined;
    if (field && !out[field]) out[field] = p.message;
  }
  return out;
}

/** Whether the declared household is a zero-employment household (零就业家庭) as typed. */
export const declaresZeroEmployment = (workingAgeMembers?: number | null, employedMembers?: number | null) =>
  (workingAgeMembers ?? 0) > 0 && (employedMembers ?? 0) === 0;

/** Tag colour for a case's standing: overdue red, due this week orange, never contacted blue. */
export function standingColor(standing: string): string {
  switch (standing) {
    case 'OVERDUE':
      return 'error';
    case 'DUE_SOON':
      return 'warning';
    case 'NEW':
      return 'processing';
    case 'CLOSED':
      return 'success';
    default:
      return 'default';
  }
}

/** A contact date may be picked from the day the case opened to today (China date), never in the future. */
export function isContactDateAllowed(day: string, openedOn: string, today: string): boolean {
  return day >= openedOn && day <= today;
}

/** The next due date the follow-up being typed would set (libs/domain scheduleAfterFollowUp), or null once it closes the case. */
export function previewNextDue(
  c: { openedOn: string; lastContactOn: string | null; nextFollowUpDue: string },
  contactedOn: string | null | undefined,
  outcome: FollowUpOutcome | null | undefined,
): string | null {
  if (!contactedOn || !outcome) return c.nextFollowUpDue;
  const next = scheduleAfterFollowUp(c, contactedOn, outcome);
  return next.closes ? null : next.nextFollowUpDue;
}
