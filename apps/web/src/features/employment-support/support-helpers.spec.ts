import { FollowUpOutcome, Gender } from '@jobbridge/contracts';
import { generateIdNumber } from '@jobbridge/domain';
import { describe, expect, it } from 'vitest';
import {
  declaresZeroEmployment,
  idNumberFeedback,
  isContactDateAllowed,
  previewNextDue,
  registrationFieldErrors,
  standingColor,
} from './support-helpers';

const TODAY = new Date('2026-06-15T04:00:00Z');
const ADULT = generateIdNumber('62292119900315002'); // a woman born 1990-03-15

describe('identity number as it is typed', () => {
  it('counts digits while typing and checks the number at 18', () => {
    expect(idNumberFeedback('', TODAY)).toEqual({ status: 'empty' });
    expect(idNumberFeedback('622921', TODAY)).toEqual({ status: 'typing', count: 6 });
    expect(idNumberFeedback(ADULT, TODAY)).toEqual({ status: 'valid', birthDate: '1990-03-15', gender: Gender.FEMALE });
    expect(idNumberFeedback(` ${ADULT.toLowerCase()} `, TODAY).status).toBe('valid');
  });

  it('says what is wrong: letters, an X before the end, a wrong check digit, a date that does not exist, a minor', () => {
    expect(idNumberFeedback('6229a1', TODAY)).toEqual({ status: 'invalid', reason: 'CHARACTERS' });
    expect(idNumberFeedback('62292X', TODAY)).toEqual({ status: 'invalid', reason: 'CHARACTERS' });
    const wrong = ADULT.slice(0, 17) + (ADULT[17] === '0' ? '1' : '0');
    expect(idNumberFeedback(wrong, TODAY)).toEqual({ status: 'invalid', reason: 'CHECK_DIGIT' });
    expect(idNumberFeedback(generateIdNumber('62292119900230002'), TODAY)).toEqual({ status: 'invalid', reason: 'BIRTH_DATE' });
    expect(idNumberFeedback(generateIdNumber('62292120100616002'), TODAY)).toEqual({ status: 'invalid', reason: 'UNDER_AGE' });
    expect(idNumberFeedback(generateIdNumber('62292120100615002'), TODAY).status).toBe('valid');
  });
});

describe('the registration form’s field errors', () => {
  const good = {
    idNumber: ADULT,
    householdHeadIdNumber: ADULT,
    householdHeadName: '马福林',
    workingAgeMembers: 3,
    employedMembers: 0,
    lastJobEndedMonth: '2026-05',
  };
  it('has none for a complete registration', () => {
    expect(registrationFieldErrors(good, TODAY)).toEqual({});
  });
  it('names each field at fault with the API’s message', () => {
    expect(registrationFieldErrors({ ...good, employedMembers: 3, householdHeadName: '' }, TODAY)).toEqual({
      householdHeadName: '请填写户主姓名',
      employedMembers: '家庭在业人数不能超过劳动年龄人数减去本人',
    });
    expect(registrationFieldErrors({ ...good, lastJobEndedMonth: '2026-07' }, TODAY)).toEqual({
      lastJobEndedMonth: '上一份工作结束月份不能晚于本月',
    });
  });
  it('tells a zero-employment household from its figures', () => {
    expect(declaresZeroEmployment(3, 0)).toBe(true);
    expect(declaresZeroEmployment(3, 1)).toBe(false);
    expect(declaresZeroEmployment(null, null)).toBe(false);
  });
});

describe('follow-ups', () => {
  const kase = { openedOn: '2026-05-10', lastContactOn: null, nextFollowUpDue: '2026-06-10' };
  it('previews the next due date a month after the contact, unchanged when not reached, none when employed', () => {
    expect(previewNextDue(kase, '2026-06-15', FollowUpOutcome.CONTINUING)).toBe('2026-07-15');
    expect(previewNextDue(kase, '2026-06-15', FollowUpOutcome.NOT_REACHED)).toBe('2026-06-10');
    expect(previewNextDue(kase, '2026-06-15', FollowUpOutcome.EMPLOYED)).toBeNull();
    expect(previewNextDue(kase, null, FollowUpOutcome.CONTINUING)).toBe('2026-06-10');
  });
  it('allows contact dates from the opening to today only', () => {
    expect(isContactDateAllowed('2026-05-10', kase.openedOn, '2026-06-15')).toBe(true);
    expect(isContactDateAllowed('2026-06-15', kase.openedOn, '2026-06-15')).toBe(true);
    expect(isContactDateAllowed('2026-06-16', kase.openedOn, '2026-06-15')).toBe(false);
    expect(isContactDateAllowed('2026-05-09', kase.openedOn, '2026-06-15')).toBe(false);
  });
  it('colours overdue cases red and those due this week orange', () => {
    expect(standingColor('OVERDUE')).toBe('error');
    expect(standingColor('DUE_SOON')).toBe('warning');
    expect(standingColor('SCHEDULED')).toBe('default');
  });
});
