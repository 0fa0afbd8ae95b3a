import { PriorityGroup } from '@jobbridge/contracts';
import { generateIdNumber } from '../id-number';
import { difficultyCategories, followUpProblems, registrationProblems, UnemploymentRegistrationFacts } from './registration-rules';
import { employedMembers, isZeroEmploymentHousehold } from './households';

const TODAY = new Date('2026-06-15T04:00:00Z');
const ADULT = generateIdNumber('62292119900315001'); // born 1990-03-15
const facts = (over: Partial<UnemploymentRegistrationFacts> = {}): UnemploymentRegistrationFacts => ({
  idNumber: ADULT,
  householdHeadIdNumber: ADULT,
  householdHeadName: '马福林',
  workingAgeMembers: 3,
  employedMembers: 0,
  lastJobEndedMonth: '2026-05',
  lastEmployerName: '临夏某建筑公司',
  ...over,
});
const fields = (f: UnemploymentRegistrationFacts) => registrationProblems(f, TODAY).map((e) => [e.field, e.code]);

describe('unemployment registration checks', () => {
  it('accepts a complete registration', () => {
    expect(registrationProblems(facts(), TODAY)).toEqual([]);
    expect(registrationProblems(facts({ lastJobEndedMonth: null, lastEmployerName: null }), TODAY)).toEqual([]);
  });

  it('refuses an identity number with a wrong check digit, and a person under 16 on the day', () => {
    const wrong = ADULT.slice(0, 17) + (ADULT[17] === '0' ? '1' : '0');
    expect(fields(facts({ idNumber: wrong }))).toEqual([['idNumber', 'INVALID_ID_NUMBER']]);
    const sixteenTomorrow = generateIdNumber('62292120100616001');
    const sixteenToday = generateIdNumber('62292120100615001');
    expect(fields(facts({ idNumber: sixteenTomorrow }))).toEqual([['idNumber', 'VALIDATION_FAILED']]);
    expect(fields(facts({ idNumber: sixteenToday }))).toEqual([]);
  });

  it('checks the household: the head, working-age members 1–20, employed at most the others', () => {
    expect(fields(facts({ householdHeadName: '  ' }))).toEqual([['householdHeadName', 'VALIDATION_FAILED']]);
    expect(fields(facts({ householdHeadIdNumber: '123' }))).toEqual([['householdHeadIdNumber', 'INVALID_ID_NUMBER']]);
    expect(fields(facts({ workingAgeMembers: 0 }))).toEqual([['workingAgeMembers', 'VALIDATION_FAILED']]);
    expect(fields(facts({ workingAgeMembers: 21 }))).toEqual([['workingAgeMembers', 'VALIDATION_FAILED']]);
    expect(fields(facts({ workingAgeMembers: 20, employedMembers: 19 }))).toEqual([]);
    expect(fields(facts({ workingAgeMembers: 3, employedMembers: 3 }))).toEqual([['employedMembers', 'VALIDATION_FAILED']]);
    expect(fields(facts({ workingAgeMembers: 1, employedMembers: 0 }))).toEqual([]);
    expect(fields(facts({ employedMembers: -1 }))).toEqual([['employedMembers', 'VALIDATION_FAILED']]);
  });

  it('refuses a last-job month that is malformed or after this month', () => {
    expect(fields(facts({ lastJobEndedMonth: '2026-13' }))).toEqual([['lastJobEndedMonth', 'VALIDATION_FAILED']]);
    expect(fields(facts({ lastJobEndedMonth: '2026-7' }))).toEqual([['lastJobEndedMonth', 'VALIDATION_FAILED']]);
    expect(fields(facts({ lastJobEndedMonth: '2026-07' }))).toEqual([['lastJobEndedMonth', 'VALIDATION_FAILED']]);
    expect(fields(facts({ lastJobEndedMonth: '2026-06' }))).toEqual([]);
  });

  it('lists every problem in form order, each in Chinese', () => {
    const all = registrationProblems(
      facts({ idNumber: 'x', householdHeadName: '', workingAgeMembers: 0, lastEmployerName: 'x'.repeat(101) }),
      TODAY,
    );
    expect(all.map((e) => e.field)).toEqual(['idNumber', 'lastEmployerName', 'householdHeadName', 'workingAgeMembers']);
    for (const e of all) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('records the difficulty groups among a profile’s priority groups', () => {
    expect(difficultyCategories([PriorityGroup.GRADUATE, PriorityGroup.POVERTY_ALLEVIATED, PriorityGroup.DISABLED])).toEqual([
      PriorityGroup.DISABLED,
      PriorityGroup.POVERTY_ALLEVIATED,
    ]);
    expect(difficultyCategories([PriorityGroup.VETERAN])).toEqual([]);
  });
});

describe('follow-up checks', () => {
  const f = { contactedOn: '2026-06-15', note: '电话联系，本人仍在找工作', caseOpenedOn: '2026-05-01' };
  it('accepts a contact today or earlier since the case opened', () => {
    expect(followUpProblems(f, TODAY)).toEqual([]);
    expect(followUpProblems({ ...f, contactedOn: '2026-05-01' }, TODAY)).toEqual([]);
  });
  it('refuses a contact in the future (China date), before the case opened, a bad date and an empty or long note', () => {
    const at = (over: Partial<typeof f>) => followUpProblems({ ...f, ...over }, TODAY).map((e) => e.field);
    expect(at({ contactedOn: '2026-06-16' })).toEqual(['contactedOn']);
    expect(followUpProblems({ ...f, contactedOn: '2026-06-16' }, new Date('2026-06-15T16:30:00Z'))).toEqual([]); // 00:30 in China
    expect(at({ contactedOn: '2026-04-30' })).toEqual(['contactedOn']);
    expect(at({ contactedOn: '2026-02-30' })).toEqual(['contactedOn']);
    expect(at({ note: ' ' })).toEqual(['note']);
    expect(at({ note: '很'.repeat(501) })).toEqual(['note']);
  });
});

describe('zero-employment households (零就业家庭)', () => {
  it('flags a household with working-age members and none employed, until one is', () => {
    expect(isZeroEmploymentHousehold({ workingAgeMembers: 3, declaredEmployedMembers: 0, membersEmployedSince: 0 })).toBe(true);
    expect(isZeroEmploymentHousehold({ workingAgeMembers: 3, declaredEmployedMembers: 1, membersEmployedSince: 0 })).toBe(false);
    expect(isZeroEmploymentHousehold({ workingAgeMembers: 3, declaredEmployedMembers: 0, membersEmployedSince: 1 })).toBe(false);
    expect(isZeroEmploymentHousehold({ workingAgeMembers: 0, declaredEmployedMembers: 0, membersEmployedSince: 0 })).toBe(false);
    expect(employedMembers({ workingAgeMembers: 4, declaredEmployedMembers: 1, membersEmployedSince: 2 })).toBe(3);
  });
});
