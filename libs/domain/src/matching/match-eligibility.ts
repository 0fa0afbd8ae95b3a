import { JobKind, PriorityGroup } from '@jobbridge/contracts';
import { chinaCalendarDate, parseIsoDate } from '../calendar-date';
import {
  ageOn,
  GRADUATE_WITHIN_YEARS,
  isGraduateEligible,
  isYouth16to24,
  PRIORITY_GROUP_LABELS_ZH,
  YOUTH_MAX_AGE,
  YOUTH_MIN_AGE,
} from '../priority-groups';
import { MatchCandidate, MatchContext, MatchJob } from './match-types';

/**
 * Who may take a public-welfare post (公益性岗位) — the decision and its sources:
 *
 * - 就业困难人员 (EMPLOYMENT_DIFFICULTY): the posts exist to place them (合理安置就业困难人员, 002 (十四);
 *   纳入公益性岗位托底安置, 000 §14; 004 (十三)).
 * - 残疾人 (DISABLED): named among those placed in 城镇公岗兜底安置 (001 §22), and one of the kinds of
 *   就业困难人员 in domain.md §3 — a disabled person is accepted even when not also tagged as such.
 * - 失地农民 (LAND_LOST): 001 §22 names "因失去土地落户城镇的就业困难人员" for 城镇公岗, and domain.md §3
 *   counts land-lost people among 就业困难人员.
 * - 脱贫劳动力 (POVERTY_ALLEVIATED): rural public-welfare posts (乡村公益性岗位) are for 脱贫户、边缘户、
 *   易致贫户 (001 §22) and 贫困劳动力就地就近就业 (000 §14). A job does not say whether its post is
 *   urban or rural, so they are accepted for every public-welfare post.
 *
 * Not accepted on their own: 登记失业人员 (only "连续失业6个月以上" counts, 001 §22, and the profile holds
 * no duration — such people are expected to carry the EMPLOYMENT_DIFFICULTY tag once recognised),
 * graduates, youth, veterans, migrant workers, relocated people. 003 §6's temporary posts in firms hit by
 * the epidemic name no group and are read as the same kind of post.
 * The list is policy data: a region passes its own as `MatchContext.publicWelfareGroups`.
 */
export const PUBLIC_WELFARE_ELIGIBLE_GROUPS: readonly PriorityGroup[] = Object.freeze([
  PriorityGroup.EMPLOYMENT_DIFFICULTY,
  PriorityGroup.DISABLED,
  PriorityGroup.LAND_LOST,
  PriorityGroup.POVERTY_ALLEVIATED,
]);

export interface Eligibility {
  eligible: boolean;
  /** Chinese, when not eligible. */
  reason?: string;
}

/** 毕业年度或离校2年内未就业高校毕业生 (001 §12), from the graduation date; the GRADUATE tag only when no valid date is on file. */
export function isInternshipGraduate(candidate: Pick<MatchCandidate, 'graduationDate' | 'priorityGroups'>, today: Date): boolean {
  const date = candidate.graduationDate;
  if (date && parseIsoDate(date) !== null) return isGraduateEligible({ graduationDate: date }, today);
  return (candidate.priorityGroups ?? []).includes(PriorityGroup.GRADUATE);
}

/**
 * 16—24岁登记失业青年 (001 §12): the REGISTERED_UNEMPLOYED tag and an age (from the birth year: the age
 * reached this calendar year) of 16 to 24; the YOUTH tag only when no usable birth year is on file.
 */
export function isInternshipYouth(candidate: Pick<MatchCandidate, 'birthYear' | 'priorityGroups'>, today: Date): boolean {
  const groups = candidate.priorityGroups ?? [];
  const year = candidate.birthYear;
  if (typeof year === 'number' && Number.isInteger(year) && year <= chinaCalendarDate(today).year) {
    return isYouth16to24({ age: ageOn(year, today), registeredUnemployed: groups.includes(PriorityGroup.REGISTERED_UNEMPLOYED) });
  }
  return groups.includes(PriorityGroup.YOUTH);
}

/**
 * The hard filter by kind of job (domain.md §4):
 * - PUBLIC_WELFARE: the person holds one of the eligible groups (see PUBLIC_WELFARE_ELIGIBLE_GROUPS).
 * - INTERNSHIP (就业见习): a graduate in the year of graduation or within 2 years of leaving school and
 *   not employed, or registered unemployed youth aged 16–24 (001 §12).
 * - every other kind: everyone. 以工代赈 favours poverty-alleviated people (003 §6, 004 (十三)) through
 *   the priority boost, not as a filter.
 */
export function checkEligibility(job: Pick<MatchJob, 'kind'>, candidate: MatchCandidate, context: MatchContext): Eligibility {
  switch (job.kind) {
    case JobKind.PUBLIC_WELFARE: {
      const allowed = context.publicWelfareGroups ?? PUBLIC_WELFARE_ELIGIBLE_GROUPS;
      if ((candidate.priorityGroups ?? []).some((g) => allowed.includes(g))) return { eligible: true };
      const labels = allowed.map((g) => PRIORITY_GROUP_LABELS_ZH[g]).join('、');
      return { eligible: false, reason: labels ? `公益性岗位仅面向${labels}` : '公益性岗位暂无可安置人员范围' };
    }
    case JobKind.INTERNSHIP: {
      if (isInternshipGraduate(candidate, context.today) || isInternshipYouth(candidate, context.today)) return { eligible: true };
      return {
        eligible: false,
        reason: `就业见习岗位仅面向毕业年度或离校${GRADUATE_WITHIN_YEARS}年内未就业高校毕业生、${YOUTH_MIN_AGE}-${YOUTH_MAX_AGE}岁登记失业青年`,
      };
    }
    default:
      return { eligible: true };
  }
}
