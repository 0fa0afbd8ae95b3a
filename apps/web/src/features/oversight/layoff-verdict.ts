import { assessLayoffPlan, isDomainError, type LayoffPlanAssessment } from '@jobbridge/domain';

/** What the employer has typed so far (the form's values; any may be missing). */
export interface LayoffDraft {
  staffNow?: number | null;
  peopleToCut?: number | null;
  /** YYYY-MM-DD */
  layoffDate?: string | null;
}

export type LiveLayoffVerdict =
  { kind: 'incomplete' } | { kind: 'invalid'; message: string; field?: string } | { kind: 'verdict'; assessment: LayoffPlanAssessment };

/**
 * The layoff rule's verdict as the employer types, from libs/domain (the same function the API judges the filing
 * with), for a plan filed `today` (China date). Incomplete input has no verdict yet; input the rule refuses (more
 * people than staff, a date in the past) gives the rule's own Chinese message.
 */
export function liveLayoffVerdict(draft: LayoffDraft, today: string): LiveLayoffVerdict {
  const { staffNow, peopleToCut, layoffDate } = draft;
  if (staffNow == null || peopleToCut == null || !layoffDate) return { kind: 'incomplete' };
  try {
    return { kind: 'verdict', assessment: assessLayoffPlan({ staffCount: staffNow, peopleToCut, layoffDate, filedOn: today }) };
  } catch (e) {
    if (isDomainError(e)) return { kind: 'invalid', message: e.message, field: e.field };
    throw e;
  }
}
