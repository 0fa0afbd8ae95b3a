import { ErrorCode, PriorityGroup } from '@jobbridge/contracts';
import { chinaCalendarDate, formatIsoDate, parseIsoDate } from '../calendar-date';
import { DomainError } from '../errors';
import { validateIdNumber } from '../id-number';
import { ageOn } from '../priority-groups';

/** 劳动年龄: registration is for people of working age (004 §18 "劳动年龄内"); the lower bound is 16 (劳动法 art. 15). */
export const WORKING_AGE_MIN = 16;
/** Most working-age members a household declares (a sanity bound, not a rule of the documents). */
export const HOUSEHOLD_MAX_MEMBERS = 20;
export const LAST_EMPLOYER_MAX = 100;
export const HOUSEHOLD_HEAD_NAME_MAX = 40;
export const FOLLOW_UP_NOTE_MAX = 500;
/** Jobs and fairs one follow-up may recommend. */
export const FOLLOW_UP_MAX_RECOMMENDATIONS = 10;

/**
 * The difficulty groups (就业困难人员 in the broad sense of 001 §22 and 000 §14) whose members get a tracked-help case
 * without registering, as long as they have no hire: the profile's EMPLOYMENT_DIFFICULTY (the bureau's own
 * recognition: older, long-term unemployed, 低保 …), DISABLED and POVERTY_ALLEVIATED (脱贫户). Members of a
 * zero-employment household are the fourth kind; that is a fact of the household, not a profile tag.
 */
export const SUPPORT_DIFFICULTY_GROUPS: readonly PriorityGroup[] = Object.freeze([
  PriorityGroup.EMPLOYMENT_DIFFICULTY,
  PriorityGroup.DISABLED,
  PriorityGroup.POVERTY_ALLEVIATED,
]);

/** The difficulty groups among a profile's priority groups, in the order above (recorded on the registration). */
export function difficultyCategories(groups: readonly PriorityGroup[]): PriorityGroup[] {
  return SUPPORT_DIFFICULTY_GROUPS.filter((g) => groups.includes(g));
}

/** What the registration form states (the person's own number, the household, the last job). */
export interface UnemploymentRegistrationFacts {
  idNumber: string;
  householdHeadIdNumber: string;
  householdHeadName: string;
  /** Working-age members of the household, the registrant included. */
  workingAgeMembers: number;
  /** Of them, how many have a job now (the registrant, being unemployed, is not one). */
  employedMembers: number;
  /** `YYYY-MM`, when the last job ended (optional). */
  lastJobEndedMonth?: string | null;
  lastEmployerName?: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Every problem with a registration, each a DomainError naming its field, in form order (empty when it can be
 * registered). The API refuses with the first; the web shows each beside its field as the person types.
 */
export function registrationProblems(f: UnemploymentRegistrationFacts, today: Date = new Date()): DomainError[] {
  const problems: DomainError[] = [];
  const id = validateIdNumber(f.idNumber ?? '', today);
  if (!id.ok) problems.push(new DomainError(ErrorCode.INVALID_ID_NUMBER, '身份证号不正确，请核对', 'idNumber'));
  else if (ageOn(id.birthDate, today) < WORKING_AGE_MIN) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '未满16周岁，不能办理失业登记', 'idNumber'));
  }
  if (f.lastJobEndedMonth) {
    const m = MONTH.exec(f.lastJobEndedMonth);
    const now = chinaCalendarDate(today);
    if (!m) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '月份格式应为 YYYY-MM', 'lastJobEndedMonth'));
    else if (Number(m[1]) < 1950)
      problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '上一份工作结束月份不正确', 'lastJobEndedMonth'));
    else if (Number(m[1]) * 12 + Number(m[2]) > now.year * 12 + now.month) {
      problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '上一份工作结束月份不能晚于本月', 'lastJobEndedMonth'));
    }
  }
  if ((f.lastEmployerName ?? '').trim().length > LAST_EMPLOYER_MAX) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '原工作单位名称不超过 100 字', 'lastEmployerName'));
  }
  const headName = (f.householdHeadName ?? '').trim();
  if (!headName) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '请填写户主姓名', 'householdHeadName'));
  else if (headName.length > HOUSEHOLD_HEAD_NAME_MAX) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '户主姓名不超过 40 字', 'householdHeadName'));
  }
  if (!validateIdNumber(f.householdHeadIdNumber ?? '', today).ok) {
    problems.push(new DomainError(ErrorCode.INVALID_ID_NUMBER, '户主身份证号不正确，请核对', 'householdHeadIdNumber'));
  }
  const members = f.workingAgeMembers;
  if (!Number.isInteger(members) || members < 1 || members > HOUSEHOLD_MAX_MEMBERS) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '家庭劳动年龄人数应为 1 至 20 人（含本人）', 'workingAgeMembers'));
  } else if (!Number.isInteger(f.employedMembers) || f.employedMembers < 0 || f.employedMembers > members - 1) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '家庭在业人数不能超过劳动年龄人数减去本人', 'employedMembers'));
  }
  return problems;
}

/** A follow-up as the officer logs it. */
export interface FollowUpFacts {
  /** `YYYY-MM-DD` */
  contactedOn: string;
  note: string;
  /** When the case opened (`YYYY-MM-DD`): a contact cannot predate it. */
  caseOpenedOn: string;
}

/** Every problem with a follow-up, each naming its field (empty when it can be logged). */
export function followUpProblems(f: FollowUpFacts, today: Date = new Date()): DomainError[] {
  const problems: DomainError[] = [];
  const on = parseIsoDate(f.contactedOn ?? '');
  const nowIso = formatIsoDate(chinaCalendarDate(today));
  if (!on) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '联系日期格式应为 YYYY-MM-DD', 'contactedOn'));
  else if (f.contactedOn > nowIso) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '联系日期不能晚于今天', 'contactedOn'));
  else if (f.contactedOn < f.caseOpenedOn) {
    problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '联系日期不能早于建档日期', 'contactedOn'));
  }
  const note = (f.note ?? '').trim();
  if (!note) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '请填写跟进情况', 'note'));
  else if (note.length > FOLLOW_UP_NOTE_MAX) problems.push(new DomainError(ErrorCode.VALIDATION_FAILED, '跟进情况不超过 500 字', 'note'));
  return problems;
}
