import { FollowUpOutcome } from '@jobbridge/contracts';
import {
  addMonthsToIsoDate,
  chinaIsoDateOf,
  DUE_SOON_DAYS,
  followUpStanding,
  isFollowUpOverdue,
  isoDaysBetween,
  nextFollowUpDue,
  scheduleAfterFollowUp,
} from './follow-up-schedule';

describe('monthly follow-up schedule (003 §14, 004 §20)', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonthsToIsoDate('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonthsToIsoDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToIsoDate('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsToIsoDate('2026-12-20', 1)).toBe('2027-01-20');
    expect(addMonthsToIsoDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(() => addMonthsToIsoDate('2026-02-30', 1)).toThrow(RangeError);
  });

  it('is due a month after opening, then a month after the last contact', () => {
    expect(nextFollowUpDue('2026-03-10', null)).toBe('2026-04-10');
    expect(nextFollowUpDue('2026-03-10', '2026-03-25')).toBe('2026-04-25');
  });

  it('moves the due date a month after a contact that reached the person', () => {
    const s = { openedOn: '2026-03-10', lastContactOn: null, nextFollowUpDue: '2026-04-10' };
    expect(scheduleAfterFollowUp(s, '2026-04-12', FollowUpOutcome.CONTINUING)).toEqual({
      openedOn: '2026-03-10',
      lastContactOn: '2026-04-12',
      nextFollowUpDue: '2026-05-12',
      closes: false,
    });
    expect(scheduleAfterFollowUp(s, '2026-04-12', FollowUpOutcome.TRAINING).nextFollowUpDue).toBe('2026-05-12');
    expect(scheduleAfterFollowUp(s, '2026-04-12', FollowUpOutcome.DECLINED_HELP).nextFollowUpDue).toBe('2026-05-12');
  });

  it('leaves the schedule as it was when the person was not reached', () => {
    const s = { openedOn: '2026-03-10', lastContactOn: '2026-03-20', nextFollowUpDue: '2026-04-20' };
    expect(scheduleAfterFollowUp(s, '2026-04-22', FollowUpOutcome.NOT_REACHED)).toEqual({ ...s, closes: false });
  });

  it('never moves the due date back for a contact logged late', () => {
    const s = { openedOn: '2026-03-10', lastContactOn: '2026-04-20', nextFollowUpDue: '2026-05-20' };
    expect(scheduleAfterFollowUp(s, '2026-04-01', FollowUpOutcome.CONTINUING)).toMatchObject({
      lastContactOn: '2026-04-20',
      nextFollowUpDue: '2026-05-20',
    });
  });

  it('closes the case on EMPLOYED', () => {
    const s = { openedOn: '2026-03-10', lastContactOn: null, nextFollowUpDue: '2026-04-10' };
    expect(scheduleAfterFollowUp(s, '2026-03-11', FollowUpOutcome.EMPLOYED).closes).toBe(true);
  });

  it('tells overdue (the day after the due date), due soon (within a week), new and scheduled cases apart', () => {
    expect(isFollowUpOverdue('2026-04-10', '2026-04-10')).toBe(false);
    expect(isFollowUpOverdue('2026-04-10', '2026-04-11')).toBe(true);
    expect(followUpStanding('2026-04-10', null, '2026-04-11')).toBe('OVERDUE');
    expect(followUpStanding('2026-04-10', null, '2026-04-10')).toBe('DUE_SOON');
    expect(followUpStanding('2026-04-10', '2026-03-10', `2026-04-0${10 - DUE_SOON_DAYS}`)).toBe('DUE_SOON');
    expect(followUpStanding('2026-04-10', '2026-03-10', `2026-04-0${9 - DUE_SOON_DAYS}`)).toBe('SCHEDULED');
    expect(followUpStanding('2026-04-10', null, '2026-03-10')).toBe('NEW');
  });

  it('counts days between dates and takes the China date of an instant', () => {
    expect(isoDaysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(isoDaysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(chinaIsoDateOf(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
  });
});
