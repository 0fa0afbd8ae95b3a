import { addMonthsToIsoDate, chinaIsoDateOf, generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  errorOf,
  fairInput,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  makeStaff,
  ok,
  QINGYANG_PREFECTURE,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { Role } from '@jobbridge/contracts';

const REGISTER = `mutation($input: RegisterUnemploymentInput!) { registerUnemployment(input: $input) {
  id status regionCode registeredOn reason lastEmployerName lastJobEndedMonth wantsJob difficultyCategories idNumberMasked closedReason
  household { id headName headIdNumberMasked workingAgeMembers employedMembers zeroEmployment registeredMembers openCaseIds }
  supportCase { id kind status nextFollowUpDue } } }`;
const MINE = `{ myUnemploymentRegistration { id status closedReason household { id zeroEmployment employedMembers }
  supportCase { id status outcome nextFollowUpDue followUps { id note outcome recommendedJobs { id title } } upcomingFairs { id name } } } }`;
const CASELOAD = `query($filter: CaseloadFilter, $region: String, $first: Int, $after: String) {
  caseload(filter: $filter, regionCode: $region, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind status regionCode openedOn nextFollowUpDue overdue standing outcome employedByApplicationId
      person { seekerProfileId fullName idNumberMasked phoneMasked priorityGroups } } } } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { id status kind outcome nextFollowUpDue lastContactOn overdue employedByApplicationId
  person { fullName idNumberMasked phoneMasked }
  registration { id status closedReason reason } household { id zeroEmployment }
  followUps { id contactedOn channel outcome note officerName recommendedJobs { id title } recommendedFairs { id name } }
  recommendedJobs(first: 3) { score job { id title } }
  upcomingFairs { id name startDate } } }`;
const LOG = `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { id status outcome lastContactOn nextFollowUpDue
  followUps { id outcome } } }`;
const HOUSEHOLDS = `query($region: String) { zeroEmploymentHouseholds(regionCode: $region) { id headName headIdNumberMasked workingAgeMembers
  employedMembers zeroEmployment registeredMembers firstRegisteredOn openCaseIds } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;

const today = () => chinaIsoDateOf(new Date());
let idSeq = Math.floor(Math.random() * 500);
/** A valid identity number in 临夏县, never used before in this run; born in 1990 (an adult). */
const newId = (county = LINXIA_COUNTY) =>
  generateIdNumber(
    `${county}1990${String(1 + (++idSeq % 12)).padStart(2, '0')}${String(1 + (idSeq % 28)).padStart(2, '0')}${String(100 + (idSeq % 900))}`,
  );
const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const registration = (over: Record<string, unknown> = {}) => {
  const idNumber = newId();
  return {
    idNumber,
    regionCode: LINXIA_COUNTY,
    reason: 'CONTRACT_ENDED',
    lastEmployerName: '临夏某建筑工程有限公司',
    lastJobEndedMonth: today().slice(0, 7),
    householdHeadIdNumber: idNumber,
    householdHeadName: '马福林',
    workingAgeMembers: 2,
    employedMembers: 0,
    wantsJob: true,
    ...over,
  };
};

describe('unemployment registration and tracked help (issue 14)', () => {
  let t: TestApp;
  let officer: Session;
  let otherOfficer: Session;
  let employer: Session & { employerId: string };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    otherOfficer = await makeOfficer(t, QINGYANG_PREFECTURE);
    employer = await makeEmployer(t);
  });
  afterAll(() => t?.close());

  /** A seeker of 临夏 who registers; returns the session and the registration. */
  async function registered(over: Record<string, unknown> = {}, profile: Record<string, unknown> = {}) {
    const seeker = await makeSeeker(t, { fullName: '马失业', ...profile });
    const input = registration(over);
    const r = ok(await t.gql(REGISTER, { input }, seeker.token)).registerUnemployment;
    return { seeker, input, r };
  }

  describe('registration', () => {
    it('registers online with the household, opens a case due in a month, and never sends the identity number back', async () => {
      const seeker = await makeSeeker(t, { fullName: '马小花', priorityGroups: ['POVERTY_ALLEVIATED', 'GRADUATE'] });
      const input = registration({ workingAgeMembers: 3 });
      const res = await t.gql(REGISTER, { input }, seeker.token);
      const r = ok(res).registerUnemployment;
      expect(r).toMatchObject({
        status: 'ACTIVE',
        regionCode: LINXIA_COUNTY,
        registeredOn: today(),
        reason: 'CONTRACT_ENDED',
        wantsJob: true,
        difficultyCategories: ['POVERTY_ALLEVIATED'],
        idNumberMasked: `${input.idNumber.slice(0, 6)}********${input.idNumber.slice(-4)}`,
        household: {
          headName: '马福林',
          workingAgeMembers: 3,
          employedMembers: 0,
          zeroEmployment: true,
          registeredMembers: 1,
          openCaseIds: [],
        },
        supportCase: { kind: 'UNEMPLOYED', status: 'OPEN', nextFollowUpDue: addMonthsToIsoDate(today(), 1) },
      });
      expect(JSON.stringify(res)).not.toContain(input.idNumber);
      const [stored] = await t.ds.query(`SELECT id_number_encrypted, id_number_hash FROM unemployment_registrations WHERE id = $1`, [r.id]);
      expect(stored.id_number_encrypted).not.toContain(input.idNumber.slice(6, 14));
      expect(stored.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(ok(await t.gql(MINE, {}, seeker.token)).myUnemploymentRegistration).toMatchObject({ id: r.id, status: 'ACTIVE' });
      // Audited, with no identity number in the entry.
      const audit = await t.ds.query(`SELECT actor_user_id, region_code, after::text FROM audit_log WHERE target_id = $1`, [r.id]);
      expect(audit).toEqual([expect.objectContaining({ actor_user_id: seeker.userId, region_code: LINXIA_COUNTY })]);
      expect(audit[0].after).not.toContain(input.idNumber);
    });

    it('refuses an invalid identity number, a minor, a mismatch with the profile, and bad household figures, each on its field', async () => {
      const seeker = await makeSeeker(t);
      const refuse = async (over: Record<string, unknown>) => errorOf(await t.gql(REGISTER, { input: registration(over) }, seeker.token));
      const good = newId();
      expect(await refuse({ idNumber: wrongCheckDigit(good) })).toEqual({ code: 'INVALID_ID_NUMBER', field: 'idNumber' });
      expect(await refuse({ idNumber: '62292119901301123X' })).toEqual({ code: 'INVALID_ID_NUMBER', field: 'idNumber' });
      const minor = generateIdNumber(`${LINXIA_COUNTY}${new Date().getFullYear() - 10}0101123`);
      expect(await refuse({ idNumber: minor })).toEqual({ code: 'VALIDATION_FAILED', field: 'idNumber' });
      expect(await refuse({ householdHeadIdNumber: '123456' })).toEqual({ code: 'INVALID_ID_NUMBER', field: 'householdHeadIdNumber' });
      expect(await refuse({ householdHeadName: '  ' })).toEqual({ code: 'VALIDATION_FAILED', field: 'householdHeadName' });
      expect(await refuse({ workingAgeMembers: 0 })).toEqual({ code: 'VALIDATION_FAILED', field: 'workingAgeMembers' });
      expect(await refuse({ workingAgeMembers: 2, employedMembers: 2 })).toEqual({ code: 'VALIDATION_FAILED', field: 'employedMembers' });
      expect(await refuse({ lastJobEndedMonth: '2099-01' })).toEqual({ code: 'VALIDATION_FAILED', field: 'lastJobEndedMonth' });
      expect(await refuse({ regionCode: LINXIA_PREFECTURE })).toEqual({ code: 'UNKNOWN_REGION', field: 'regionCode' });
      expect(await refuse({ regionCode: '999999' })).toEqual({ code: 'UNKNOWN_REGION', field: 'regionCode' });
      expect(await refuse({ reason: 'BORED' })).toMatchObject({ code: 'BAD_USER_INPUT' });

      // A profile with an identity number: the registration must give the same one.
      const own = newId();
      const withId = await makeSeeker(t, { idNumber: own });
      expect(errorOf(await t.gql(REGISTER, { input: registration() }, withId.token))).toEqual({
        code: 'ID_NUMBER_MISMATCH',
        field: 'idNumber',
      });
      ok(await t.gql(REGISTER, { input: registration({ idNumber: own }) }, withId.token));

      // Messages are Chinese; nothing was written by the refused calls.
      const r = await t.gql(REGISTER, { input: registration({ idNumber: 'x' }) }, seeker.token);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM unemployment_registrations WHERE user_id = $1`, [seeker.userId]);
      expect(n).toBe(0);
    });

    it('refuses a second active registration (also with the same identity number from another account), and a profile-less seeker', async () => {
      const { seeker, input } = await registered();
      expect(errorOf(await t.gql(REGISTER, { input: registration() }, seeker.token))).toEqual({ code: 'UNEMPLOYMENT_ALREADY_REGISTERED' });
      const other = await makeSeeker(t);
      expect(errorOf(await t.gql(REGISTER, { input: registration({ idNumber: input.idNumber }) }, other.token))).toEqual({
        code: 'UNEMPLOYMENT_ALREADY_REGISTERED',
        field: 'idNumber',
      });
      const bare = await t.gql(
        `mutation { register(input: { role: JOB_SEEKER, phone: "13${String(Date.now()).slice(-9)}", password: "Jx7#qLm2vR9!kT", displayName: "无资料" }) { token } }`,
      );
      expect(errorOf(await t.gql(REGISTER, { input: registration() }, ok(bare).register.token))).toEqual({
        code: 'JOB_SEEKER_PROFILE_REQUIRED',
      });
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM support_cases WHERE user_id = $1`, [seeker.userId]);
      expect(n).toBe(1);
    });

    it('makes one registration, one case and one audit entry from a double tap with the same key', async () => {
      const seeker = await makeSeeker(t);
      const input = registration({ idempotencyKey: 'unemployment-tap-0001' });
      const [a, b] = await Promise.all([t.gql(REGISTER, { input }, seeker.token), t.gql(REGISTER, { input }, seeker.token)]);
      expect(ok(a).registerUnemployment.id).toBe(ok(b).registerUnemployment.id);
      const c = ok(await t.gql(REGISTER, { input }, seeker.token)).registerUnemployment;
      expect(c.id).toBe(ok(a).registerUnemployment.id);
      const [{ regs, cases, audits }] = await t.ds.query(
        `SELECT (SELECT count(*)::int FROM unemployment_registrations WHERE user_id = $1) AS regs,
                (SELECT count(*)::int FROM support_cases WHERE user_id = $1) AS cases,
                (SELECT count(*)::int FROM audit_log WHERE actor_user_id = $1 AND action = 'UNEMPLOYMENT_REGISTERED') AS audits`,
        [seeker.userId],
      );
      expect({ regs, cases, audits }).toEqual({ regs: 1, cases: 1, audits: 1 });
    });
  });

  describe('caseload', () => {
    it('shows the case to officers over its region only, masked; another region is FORBIDDEN', async () => {
      const { seeker, input, r } = await registered({}, { fullName: '马看得见' });
      const caseId = r.supportCase.id;
      const res = await t.gql(CASELOAD, { filter: 'OPEN', first: 50 }, officer.token);
      const mine = ok(res).caseload.edges.map((e: { node: { id: string } }) => e.node);
      const kase = mine.find((c: { id: string }) => c.id === caseId);
      expect(kase).toMatchObject({
        kind: 'UNEMPLOYED',
        status: 'OPEN',
        overdue: false,
        standing: 'NEW',
        person: { fullName: '马看得见', idNumberMasked: `${input.idNumber.slice(0, 6)}********${input.idNumber.slice(-4)}` },
      });
      expect(kase.person.phoneMasked).toBe(`${seeker.phone.slice(0, 3)}****${seeker.phone.slice(-4)}`);
      expect(JSON.stringify(res)).not.toContain(seeker.phone);
      expect(JSON.stringify(res)).not.toContain(input.idNumber);
      // A new case waits for its first contact: it is on the DUE list.
      const due = ok(await t.gql(CASELOAD, { filter: 'DUE', first: 50 }, officer.token)).caseload;
      expect(due.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(caseId);
      // The county officer of 临夏县 sees it; 庆阳's officer sees nothing of it and may not ask for 临夏.
      const county = await makeOfficer(t, LINXIA_COUNTY);
      expect(
        ok(await t.gql(CASELOAD, { filter: 'OPEN', first: 50 }, county.token)).caseload.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        ),
      ).toContain(caseId);
      const other = ok(await t.gql(CASELOAD, { filter: 'OPEN', first: 50 }, otherOfficer.token)).caseload;
      expect(other.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(caseId);
      expect(errorOf(await t.gql(CASELOAD, { region: LINXIA_PREFECTURE }, otherOfficer.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'regionCode',
      });
      expect(errorOf(await t.gql(CASE, { id: caseId }, otherOfficer.token))).toEqual({ code: 'FORBIDDEN', field: 'id' });
      expect(errorOf(await t.gql(CASE, { id: '00000000-0000-4000-8000-000000000000' }, officer.token))).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });
      // An officer of 临夏县 may not read the whole prefecture.
      expect(errorOf(await t.gql(CASELOAD, { region: LINXIA_PREFECTURE }, county.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'regionCode',
      });
      // Admins see it; seekers and employers may not call the caseload at all.
      const admin = await makeStaff(t, Role.ADMIN, null);
      expect(ok(await t.gql(CASE, { id: caseId }, admin.token)).supportCase.id).toBe(caseId);
      expect(errorOf(await t.gql(CASELOAD, {}, seeker.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(CASELOAD, {}, employer.token)).code).toBe('FORBIDDEN');
    });

    it('pages through the caseload by due date without repeating or skipping a case', async () => {
      for (let i = 0; i < 3; i++) await registered();
      const seen: string[] = [];
      let after: string | null = null;
      const totals = new Set<number>();
      for (;;) {
        const page: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; nextFollowUpDue: string } }[];
        } = ok(await t.gql(CASELOAD, { filter: 'OPEN', first: 2, after }, officer.token)).caseload;
        totals.add(page.totalCount);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect([...totals]).toEqual([seen.length]);
      expect(errorOf(await t.gql(CASELOAD, { after: 'bogus' }, officer.token))).toEqual({ code: 'VALIDATION_FAILED', field: 'after' });
    });

    it('opens a difficulty case for a poverty-alleviated seeker without a hire exactly once, even with reads at once', async () => {
      const poor = await makeSeeker(t, { fullName: '马脱贫', priorityGroups: ['POVERTY_ALLEVIATED'] });
      const plain = await makeSeeker(t, { fullName: '马普通', priorityGroups: ['VETERAN'] });
      await Promise.all(Array.from({ length: 4 }, () => t.gql(CASELOAD, { filter: 'OPEN', first: 1 }, officer.token)));
      ok(await t.gql(CASELOAD, { filter: 'DUE' }, officer.token));
      const count = async (profileId: string) =>
        (await t.ds.query(`SELECT kind, status FROM support_cases WHERE seeker_profile_id = $1`, [profileId])) as { kind: string }[];
      expect(await count(poor.profileId)).toEqual([{ kind: 'DIFFICULTY', status: 'OPEN' }]);
      expect(await count(plain.profileId)).toEqual([]);
      // Registering later takes the open difficulty case over instead of opening a second one.
      const r = ok(await t.gql(REGISTER, { input: registration() }, poor.token)).registerUnemployment;
      expect(await count(poor.profileId)).toEqual([{ kind: 'UNEMPLOYED', status: 'OPEN' }]);
      expect(r.supportCase.kind).toBe('UNEMPLOYED');
      // A difficulty-group seeker who was hired gets no case.
      const hired = await makeSeeker(t, { fullName: '马已就业', priorityGroups: ['DISABLED'] });
      const job = await makePublishedJob(t, employer, officer, { title: '仓库保管员' });
      const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, hired.token)).submitApplication.id;
      ok(await t.gql(MOVE, { input: { applicationId: app, toStatus: 'HIRED' } }, employer.token));
      ok(await t.gql(CASELOAD, { filter: 'OPEN' }, officer.token));
      expect(await count(hired.profileId)).toEqual([]);
    });
  });

  describe('follow-ups', () => {
    it('logs a contact: the next due date is a month after it; the follow-up is listed with the recommended job and fair', async () => {
      const { seeker, r } = await registered();
      const caseId = r.supportCase.id;
      const job = await makePublishedJob(t, employer, officer, { title: '装载机司机' });
      const fair = ok(
        await t.gql(
          `mutation($input: JobFairInput!) { createJobFair(input: $input) { id } }`,
          { input: fairInput({ name: '就业援助月专场' }) },
          officer.token,
        ),
      ).createJobFair.id;
      ok(await t.gql(`mutation($id: ID!) { publishJobFair(id: $id) { id } }`, { id: fair }, officer.token));
      const contactedOn = today();
      const logged = ok(
        await t.gql(
          LOG,
          {
            input: {
              caseId,
              contactedOn,
              channel: 'PHONE',
              note: '电话联系，本人希望在临夏县城附近找驾驶类工作',
              outcome: 'CONTINUING',
              recommendedJobPostingIds: [job],
              recommendedFairIds: [fair],
            },
          },
          officer.token,
        ),
      ).logFollowUp;
      expect(logged).toMatchObject({
        status: 'OPEN',
        outcome: 'CONTINUING',
        lastContactOn: contactedOn,
        nextFollowUpDue: addMonthsToIsoDate(contactedOn, 1),
      });
      const detail = ok(await t.gql(CASE, { id: caseId }, officer.token)).supportCase;
      expect(detail.followUps).toEqual([
        expect.objectContaining({
          channel: 'PHONE',
          outcome: 'CONTINUING',
          recommendedJobs: [{ id: job, title: '装载机司机' }],
          recommendedFairs: [{ id: fair, name: '就业援助月专场' }],
        }),
      ]);
      expect(detail.followUps[0].note).toContain('驾驶');
      expect(detail.upcomingFairs.map((f: { id: string }) => f.id)).toContain(fair);
      // The person sees the help offered, not the officer's note.
      const mine = ok(await t.gql(MINE, {}, seeker.token)).myUnemploymentRegistration;
      expect(mine.supportCase.followUps).toEqual([
        expect.objectContaining({ note: null, recommendedJobs: [{ id: job, title: '装载机司机' }] }),
      ]);
      expect(mine.supportCase.upcomingFairs.map((f: { id: string }) => f.id)).toContain(fair);
      // Not reached: the due date stays where it was.
      const notReached = ok(
        await t.gql(LOG, { input: { caseId, contactedOn, channel: 'PHONE', note: '电话未接通', outcome: 'NOT_REACHED' } }, officer.token),
      ).logFollowUp;
      expect(notReached.nextFollowUpDue).toBe(addMonthsToIsoDate(contactedOn, 1));
      expect(notReached.followUps).toHaveLength(2);
      const audit = await t.ds.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1 AND action = 'SUPPORT_FOLLOW_UP_LOGGED'`,
        [caseId],
      );
      expect(audit[0].n).toBe(2);
    });

    it('refuses a contact in the future, an empty note, a case of another region, an unknown case, and unknown recommendations', async () => {
      const { r } = await registered();
      const caseId = r.supportCase.id;
      const input = (over: Record<string, unknown>) => ({
        input: { caseId, contactedOn: today(), channel: 'VISIT', note: '入户走访', outcome: 'CONTINUING', ...over },
      });
      const future = chinaIsoDateOf(new Date(Date.now() + 86_400_000 * 2));
      expect(errorOf(await t.gql(LOG, input({ contactedOn: future }), officer.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'contactedOn',
      });
      expect(errorOf(await t.gql(LOG, input({ contactedOn: '2020-01-01' }), officer.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'contactedOn',
      });
      expect(errorOf(await t.gql(LOG, input({ contactedOn: '2026-02-30' }), officer.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'contactedOn',
      });
      expect(errorOf(await t.gql(LOG, input({ note: ' ' }), officer.token))).toEqual({ code: 'VALIDATION_FAILED', field: 'note' });
      expect(errorOf(await t.gql(LOG, input({}), otherOfficer.token))).toEqual({ code: 'FORBIDDEN', field: 'caseId' });
      expect(errorOf(await t.gql(LOG, input({ caseId: '00000000-0000-4000-8000-000000000000' }), officer.token))).toEqual({
        code: 'NOT_FOUND',
        field: 'caseId',
      });
      expect(
        errorOf(await t.gql(LOG, input({ recommendedJobPostingIds: ['00000000-0000-4000-8000-000000000000'] }), officer.token)),
      ).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'recommendedJobPostingIds.0',
      });
      expect(errorOf(await t.gql(LOG, input({ recommendedFairIds: ['00000000-0000-4000-8000-000000000000'] }), officer.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'recommendedFairIds.0',
      });
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM support_follow_ups WHERE case_id = $1`, [caseId]);
      expect(n).toBe(0);
    });

    it('closes the case and the registration on an EMPLOYED follow-up; a closed case takes no more; a double tap logs once', async () => {
      const { seeker, r } = await registered();
      const caseId = r.supportCase.id;
      const input = {
        caseId,
        contactedOn: today(),
        channel: 'WECHAT',
        note: '本人已在县城超市上班',
        outcome: 'EMPLOYED',
        idempotencyKey: 'follow-up-tap-0001',
      };
      const [a, b] = await Promise.all([t.gql(LOG, { input }, officer.token), t.gql(LOG, { input }, officer.token)]);
      expect(ok(a).logFollowUp).toMatchObject({ status: 'CLOSED', outcome: 'EMPLOYED' });
      expect(ok(b).logFollowUp.followUps).toHaveLength(1);
      expect(ok(await t.gql(MINE, {}, seeker.token)).myUnemploymentRegistration).toMatchObject({
        status: 'CLOSED',
        closedReason: 'EMPLOYED',
      });
      expect(errorOf(await t.gql(LOG, { input: { ...input, idempotencyKey: undefined, outcome: 'CONTINUING' } }, officer.token))).toEqual({
        code: 'INVALID_STATUS_TRANSITION',
        field: 'caseId',
      });
      const closed = ok(await t.gql(CASELOAD, { filter: 'CLOSED', first: 50 }, officer.token)).caseload.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(closed).toContain(caseId);
      // Registering again after the job ends is allowed: a new active registration and a new case.
      const again = ok(await t.gql(REGISTER, { input: registration() }, seeker.token)).registerUnemployment;
      expect(again.supportCase.id).not.toBe(caseId);
    });
  });

  describe('hires and households', () => {
    it('closes the case as employed with the application, closes the registration and clears the zero-employment household on a hire', async () => {
      const { seeker, input, r } = await registered({ workingAgeMembers: 3, employedMembers: 0 });
      const caseId = r.supportCase.id;
      const flagged = ok(await t.gql(HOUSEHOLDS, {}, officer.token)).zeroEmploymentHouseholds;
      expect(flagged.find((h: { id: string }) => h.id === r.household.id)).toMatchObject({
        zeroEmployment: true,
        headIdNumberMasked: `${input.idNumber.slice(0, 6)}********${input.idNumber.slice(-4)}`,
        openCaseIds: [caseId],
      });
      expect(ok(await t.gql(HOUSEHOLDS, {}, otherOfficer.token)).zeroEmploymentHouseholds.map((h: { id: string }) => h.id)).not.toContain(
        r.household.id,
      );
      expect(errorOf(await t.gql(HOUSEHOLDS, { region: LINXIA_PREFECTURE }, otherOfficer.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'regionCode',
      });

      const job = await makePublishedJob(t, employer, officer, { title: '面点师' });
      const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
      ok(await t.gql(MOVE, { input: { applicationId: app, toStatus: 'HIRED' } }, employer.token));
      // The in-process event closes it; the read would close it anyway.
      const detail = ok(await t.gql(CASE, { id: caseId }, officer.token)).supportCase;
      expect(detail).toMatchObject({
        status: 'CLOSED',
        outcome: 'EMPLOYED',
        employedByApplicationId: app,
        registration: { status: 'CLOSED', closedReason: 'EMPLOYED' },
        household: { zeroEmployment: false },
      });
      expect(ok(await t.gql(HOUSEHOLDS, {}, officer.token)).zeroEmploymentHouseholds.map((h: { id: string }) => h.id)).not.toContain(
        r.household.id,
      );
      expect(ok(await t.gql(MINE, {}, seeker.token)).myUnemploymentRegistration.household).toMatchObject({
        zeroEmployment: false,
        employedMembers: 1,
      });
      const audits = await t.ds.query(
        `SELECT actor_user_id, reason FROM audit_log WHERE target_id = $1 AND action = 'SUPPORT_CASE_CLOSED'`,
        [caseId],
      );
      expect(audits).toEqual([{ actor_user_id: null, reason: '平台录用' }]);
    });

    it('closes the case on a hire whose event was missed (written by SQL, as after a crash), on the next read', async () => {
      const { seeker, r } = await registered();
      const caseId = r.supportCase.id;
      const job = await makePublishedJob(t, employer, officer, { title: '保洁员' });
      const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
      await t.ds.query(`UPDATE applications SET status = 'HIRED', updated_at = now() WHERE id = $1`, [app]);
      await t.ds.query(
        `INSERT INTO application_events (application_id, from_status, to_status, actor_user_id, actor_role, actor_name) VALUES ($1, 'SUBMITTED', 'HIRED', $2, 'EMPLOYER', '测试')`,
        [app, employer.userId],
      );
      const open = ok(await t.gql(CASELOAD, { filter: 'OPEN', first: 50 }, officer.token)).caseload.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
      expect(open).not.toContain(caseId);
      expect(ok(await t.gql(CASE, { id: caseId }, officer.token)).supportCase).toMatchObject({
        status: 'CLOSED',
        outcome: 'EMPLOYED',
        employedByApplicationId: app,
      });
    });

    it('keeps a household with a declared employed member off the zero-employment list, and joins members by the head', async () => {
      const head = newId();
      const a = await registered({ householdHeadIdNumber: head, householdHeadName: '马大户', workingAgeMembers: 3, employedMembers: 1 });
      expect(a.r.household.zeroEmployment).toBe(false);
      const b = await registered({ householdHeadIdNumber: head, householdHeadName: '马大户', workingAgeMembers: 3, employedMembers: 0 });
      expect(b.r.household).toMatchObject({ id: a.r.household.id, zeroEmployment: true, registeredMembers: 2 });
    });
  });
});
