import { Role } from '@jobbridge/contracts';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { io } from 'socket.io-client';
import { createTestApp, fairInput, jobInput, makeLiveFair, makePublishedJob, makeSeeker, ok, TestApp } from '@jobbridge/testing';
import { GigClock } from '../src/modules/gigs/gig-clock';
import {
  AccessFixture,
  buildAccessFixture,
  Caller,
  CALLER_NAMES,
  CallerName,
  chinaDay,
  FRESH_JOB,
  FreshFactories,
  Marker,
  otherSide,
  PASSWORD_FOR_ACCOUNTS,
  Side,
} from '@jobbridge/testing';

/**
 * The generated access test (issue 9). Every Query and Mutation of the running schema is called by every caller —
 * anonymous, seeker A/B, employer A/B, officer A (临夏州)/B (庆阳市), admin — on side A's object and on side B's
 * (its own and someone else's), from a fixture with two of everything (libs/testing/src/access-fixture.ts); so are
 * the realtime namespaces' privileged events. Leaks:
 * - a call that should be refused and answers with data (or changes something: refusals that do nothing say so);
 * - a list that shows someone else's objects (and, so that check is not vacuous, must show the caller's own);
 * - any response carrying a marker to a caller not entitled to it: a clear identity number or phone, a labour profile
 *   (hukou …), an application or its notes, a review note, a draft, a roster entry, a saved search or alert (ADR 0003,
 *   ADR 0004) — and every such marker must reach someone entitled, so the selections really ask for it;
 * - a posting's application count or screening flags shown beyond its owner and the officers over it.
 * An operation of the schema missing from the table below fails the test: it is classified the day it is added (public
 * ones with a reason). Cells: operations (and variants) × 8 callers × own/other target; one per caller for target-less
 * ones (my…, lists, creations).
 *
 * Prints `RESULT access cells=<n> leaks=<n>`, then any leaks and other failures.
 */

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}
/** Whether caller c may do this to side s's object (for target-less operations, s is the caller's side). */
type Allow = (c: Caller, s: Side) => boolean;

interface Entry {
  /** Several entries for one operation: which object it is called on ("draft", "officer's room" …). */
  variant?: string;
  /** Anyone may call it: why. (Responses are still scanned for markers.) */
  public?: string;
  /** The caller's own things (my…), a list or a creation: one cell per caller instead of one per side. */
  targetless?: true;
  allow: Allow;
  /**
   * Valid arguments against side s's object. Targets an operation changes come from `make`: a new one for each cell
   * expected to succeed (so cells stay independent), one spare per side for cells expected to be refused (which must
   * change nothing; if one does, it is reported as a leak).
   */
  call?(fx: AccessFixture, s: Side, c: Caller, make: Targets): Call | Promise<Call>;
  /** Instead of a GraphQL call: a socket.io event (what the realtime namespaces let a caller do). */
  emit?(fx: AccessFixture, s: Side, c: Caller): Promise<SocketOutcome>;
  /** The API refuses by doing nothing (e.g. marks 0 alerts read): data that counts as a refusal. */
  refusedData?: (data: any) => boolean;
  /** For target-less lists: ids of objects that are not the caller's, which must not be listed to it. */
  foreign?: (fx: AccessFixture, c: Caller) => string[];
  /** …and ids that must be (so the check above is not passed by an empty list). */
  mine?: (fx: AccessFixture, c: Caller, s: Side) => string[];
  /** Acts on the caller's own account (e.g. signs it out): run as a new account of the same role and side. */
  standIn?: true;
}

type Targets = Pick<
  FreshFactories,
  'draft' | 'pending' | 'published' | 'neutralPublished' | 'application' | 'project' | 'worker' | 'room' | 'savedSearch' | 'user'
>;

/** The spare targets: made on first use, one per kind and side, shared by every cell expected to be refused. */
function spareTargets(fx: AccessFixture): Targets {
  const made = new Map<string, Promise<unknown>>();
  const once =
    <A extends unknown[], R>(kind: string, make: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const key = `${kind}:${args.join(':')}`;
      if (!made.has(key)) made.set(key, make(...args));
      return made.get(key) as Promise<R>;
    };
  const f = fx.fresh;
  return {
    draft: once('draft', f.draft),
    pending: once('pending', f.pending),
    published: once('published', f.published),
    neutralPublished: once('neutral', f.neutralPublished),
    application: once('application', f.application),
    project: once('project', f.project),
    worker: once('worker', f.worker),
    room: once('room', f.room),
    savedSearch: once('savedSearch', f.savedSearch),
    user: once('user', f.user),
  };
}

/* ------------------------------------------------------------------------------------------------ who may */

const EVERYONE: Allow = () => true;
const roles =
  (...r: Role[]): Allow =>
  (c) =>
    !!c.role && r.includes(c.role);
const ownSide =
  (role: Role): Allow =>
  (c, s) =>
    c.role === role && c.side === s;
const anyOf =
  (...rules: Allow[]): Allow =>
  (c, s) =>
    rules.some((r) => r(c, s));
const SEEKER_OWN = ownSide(Role.JOB_SEEKER);
const EMPLOYER_OWN = ownSide(Role.EMPLOYER);
/** Officers oversee their prefecture: side A is 临夏州, side B 庆阳市. */
const OFFICER_OVER = ownSide(Role.OFFICER);
const ADMIN: Allow = (c) => c.role === Role.ADMIN;
/** A project's owner, officers over its region, admins. */
const MANAGERS = anyOf(EMPLOYER_OWN, OFFICER_OVER, ADMIN);

/* ------------------------------------------------------------------------------------------------ selections */

// Requests stay under the cost limit (2,000; a connection's edges count `first` × 20 children): rich selections for one
// object, ids and a few sensitive fields inside lists — every sensitive field is still asked for somewhere.
const EMPLOYER = `id name creditCode contactName contactPhone contactPhoneMasked verificationStatus verificationNote region { code }`;
const EMPLOYER_LIGHT = `id contactPhone verificationNote`;
const PROFILE = `id fullName idNumberMasked phoneMasked gender birthYear hukouRegion { code } residenceRegion { code } residenceLat residenceLng priorityGroups discoverable skills`;
const JOB = `id title status rejectionReason applicationCount screeningFlags { code evidence } projectId employer { ${EMPLOYER} } myApplication { id status coverNote } faqs { id question answer }`;
const JOB_LIGHT = `id title status applicationCount projectId employer { ${EMPLOYER_LIGHT} } myApplication { id coverNote }`;
const APPLICATION = `id status coverNote contactPhone source history { note actorName toStatus } applicant { ${PROFILE} } jobPosting { id title status }`;
const WORKER = `id fullName idNumberMasked hukouRegionCode hukouRegion { code } local active source`;
const PROJECT = `id name employerId employer { ${EMPLOYER} } localHiring { totalWorkers localWorkers status } workers(first: 3) { totalCount edges { node { id fullName idNumberMasked hukouRegionCode endReason } } }
  labourPay { labourPaid payments { id note amount } } acknowledgements(first: 5) { reason actorName } jobPostings { id status title }`;
const ROOM = `id title hostName hostRole isHost status regionCode lineup { position jobPosting { id status title employer { ${EMPLOYER_LIGHT} } } }`;
const ROOM_LIGHT = `id title hostName isHost status regionCode`;
const USER = `id role displayName phoneMasked email regionCode employerId hasJobSeekerProfile`;

let recruiterSeq = 0;
const q = (query: string, variables?: Record<string, unknown>): Call => ({ query, variables });
/* Job fairs: worlds of each side made through the API (makeLiveFair), memoised per purpose, or fresh per cell where a
   call consumes its target (a ticket accepted, a talk ended, a fair published). */
const memo = new Map<string, Promise<unknown>>();
const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as Promise<T>;
};
const sideFairInput = (fx: AccessFixture, s: Side, extra: Record<string, unknown> = {}) =>
  fairInput({ regionCode: fx.side[s].prefecture, ...extra });
const liveFair = (fx: AccessFixture, s: Side) =>
  makeLiveFair(fx.t, fx.side[s].officer, [fx.side[s].employer], { regionCode: fx.side[s].prefecture }, true, {
    workRegionCode: fx.side[s].county,
  });
const sharedFair = (fx: AccessFixture, s: Side, purpose: string) => once(`fair:${purpose}:${s}`, () => liveFair(fx, s));
const draftFair = async (fx: AccessFixture, s: Side) =>
  ok(
    await fx.t.gql(
      `mutation($input: JobFairInput!) { createJobFair(input: $input) { id } }`,
      { input: sideFairInput(fx, s) },
      fx.side[s].officer.token,
    ),
  ).createJobFair.id as string;
const publishedFair = async (fx: AccessFixture, s: Side) => {
  const id = await draftFair(fx, s);
  ok(await fx.t.gql(`mutation($id: ID!) { publishJobFair(id: $id) { id } }`, { id }, fx.side[s].officer.token));
  return id;
};
/** Side s's ended fair (its figures stored), for the year-on-year history; ids kept once made, for the list checks. */
const endedFairIds = new Map<Side, string>();
const endedFair = (fx: AccessFixture, s: Side) =>
  once(`fair:ended:${s}`, async () => {
    const id = await publishedFair(fx, s);
    ok(await fx.t.gql(`mutation($id: ID!) { endJobFair(id: $id) { id } }`, { id }, fx.side[s].officer.token));
    endedFairIds.set(s, id);
    return id;
  });
const JOIN_QUEUE = `mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { id } }`;
/** Side s's seeker called at a fresh fair's booth by side s's employer: a CALLED ticket (accepted too when `talking`). */
const calledTicket = async (fx: AccessFixture, s: Side, talking = false) => {
  const f = await liveFair(fx, s);
  const boothId = f.booths[0].boothId;
  const ticket = ok(await fx.t.gql(JOIN_QUEUE, { b: boothId }, fx.side[s].seeker.token)).joinBoothQueue.id as string;
  ok(await fx.t.gql(`mutation($b: ID!) { callNextTicket(boothId: $b) { id } }`, { b: boothId }, fx.side[s].employer.token));
  if (talking) ok(await fx.t.gql(`mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`, { id: ticket }, fx.side[s].seeker.token));
  return ticket;
};
const FAIR_SEL = `id name status regionCode priorityWindowEndsAt`;
const BOOTH_SEL = `id number status repsOnline queueLength estimatedWaitSeconds employer { id name } jobPostings { id title }`;
const TICKET_SEL = `id status place number estimatedWaitSeconds`;

/* Oversight (issue 13): each side's layoff filing, reports (one open, one decided), a flagged posting in review and a
   worker's due check-in, made through the API (the check-in falls due by SQL: a week passing). */
const layoffIds = new Map<Side, string>();
const openReportIds = new Map<Side, string>();
const decidedReportIds = new Map<Side, string>();
const REPORT_CONTENT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`;
const newReport = async (fx: AccessFixture, s: Side) =>
  ok(
    await fx.t.gql(
      REPORT_CONTENT,
      { input: { targetType: 'JOB_POSTING', targetId: fx.side[s].jobs.published, category: 'FEES', text: `矩阵举报${s}` } },
      fx.side[s].seeker.token,
    ),
  ).reportContent.id as string;
const oversightWorld = (fx: AccessFixture) =>
  once('oversight', async () => {
    for (const s of ['A', 'B'] as Side[]) {
      layoffIds.set(
        s,
        ok(
          await fx.t.gql(
            `mutation($input: LayoffPlanInput!) { fileLayoffPlan(input: $input) { id } }`,
            { input: { staffNow: 100, peopleToCut: 2, layoffDate: '2099-06-01', reasons: '矩阵', consulted: true } },
            fx.side[s].employer.token,
          ),
        ).fileLayoffPlan.id,
      );
      openReportIds.set(s, await newReport(fx, s));
      const decided = await newReport(fx, s);
      ok(
        await fx.t.gql(
          `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id } }`,
          { input: { reportId: decided, action: 'WARN', note: '矩阵警告' } },
          fx.side[s].officer.token,
        ),
      );
      decidedReportIds.set(s, decided);
    }
  });
/* Subsidies (issue 14): proposals of side s's employer and seeker in side s's county, written as the engine writes
   them (the engine itself is tested in subsidies.spec); a fresh one per cell expected to succeed. */
let subsidySeq = 0;
const subsidyRow = async (fx: AccessFixture, s: Side, status = 'PROPOSED', beneficiary = 'EMPLOYER'): Promise<string> => {
  const n = ++subsidySeq;
  const [row] = await fx.t.ds.query(
    `INSERT INTO subsidy_proposals (pack_id, rule_id, rule_name, region_code, beneficiary, employer_id, worker_user_id, person_name, person_id_masked,
       beneficiary_key, subject_key, period_key, year, amount_fen, amount_note, conditions, missing, citation, evidence, evidence_id, event_key, event_date, status)
     VALUES ('matrix', 'matrix.rule' || $1, '矩阵补贴', $2, $3, $4::uuid, $5, '矩阵工人', NULL, $4::text, 'P:matrix' || $1, 'ONCE', 2026, 100000, '1000元', '[]', '{}',
       '{"doc":"001","clause":"8.","quote":"矩阵"}', '{"kind":"APPLICATION","id":"m","label":"矩阵"}', 'm', 'matrix:' || $1, '2026-01-01', $6) RETURNING id`,
    [n, fx.side[s].county, beneficiary, fx.side[s].employer.employerId, fx.side[s].seeker.userId, status],
  );
  return row.id as string;
};
const subsidyBatch = (fx: AccessFixture, s: Side) =>
  once(`subsidy-batch:${s}`, async () => {
    const id = await subsidyRow(fx, s, 'APPROVED');
    return ok(
      await fx.t.gql(
        `mutation($input: SubsidyPaymentBatchInput!) { createSubsidyPaymentBatch(input: $input) { id } }`,
        { input: { regionCode: fx.side[s].county, ids: [id] } },
        fx.side[s].officer.token,
      ),
    ).createSubsidyPaymentBatch.id as string;
  });
const subsidyIds = new Map<Side, string>();
const subsidyWorld = (fx: AccessFixture) =>
  once('subsidies', async () => {
    for (const s of ['A', 'B'] as Side[]) subsidyIds.set(s, await subsidyRow(fx, s, 'PROPOSED'));
  });
const PROPOSAL_SEL = `id ruleName status amountYuan personName personIdMasked employerName conditions { text } citation { quote } audit { action }`;

/* The gig market (issue 15): per side, a gig of the side's employer at its county seat on a day well ahead, with the
   gig clock set to that morning inside the check-in window; the side's seeker registered as an individual poster with
   one gig in review. Cells that change a gig or a place get their own fresh gig (the `fresh…` helpers below). */
const GIG_DAY = (() => {
  const d = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000);
  return d.toISOString().slice(0, 10);
})();
const GIG_SITE: Record<Side, { lat: number; lng: number }> = { A: { lat: 35.4924, lng: 103.0075 }, B: { lat: 35.7097, lng: 107.6434 } };
const gigInput = (fx: AccessFixture, s: Side, extra: Record<string, unknown> = {}) => ({
  title: `矩阵零工${s}`,
  description: '装卸一车货物，现场有人指挥。',
  skills: [],
  regionCode: fx.side[s].county,
  address: `矩阵地址${s}`,
  ...GIG_SITE[s],
  startDate: GIG_DAY,
  endDate: GIG_DAY,
  dailyStart: '08:00',
  dailyEnd: '17:00',
  headcount: 5,
  payUnit: 'DAY',
  payYuan: 200,
  payTiming: 'SAME_DAY',
  payMethod: 'CASH',
  toolsProvided: false,
  mealsProvided: false,
  worksAtHeight: false,
  heavyLoads: false,
  ...extra,
});
const CREATE_GIG = `mutation($input: GigInput!) { createGig(input: $input) { id status } }`;
const freshGig = async (fx: AccessFixture, s: Side, extra: Record<string, unknown> = {}) =>
  ok(await fx.t.gql(CREATE_GIG, { input: gigInput(fx, s, extra) }, fx.side[s].employer.token)).createGig.id as string;
/** Pay below the minimum wage always waits for review. */
const freshPendingGig = (fx: AccessFixture, s: Side) => freshGig(fx, s, { payYuan: 50 });
const qrOf = async (fx: AccessFixture, gigId: string) =>
  (await fx.t.ds.query(`SELECT qr_secret FROM gigs WHERE id = $1`, [gigId]))[0].qr_secret as string;
/** A fresh gig of side s with side s's seeker in a place, checked in: { gigId, assignmentId, attendanceId }. */
const workedPlace = async (fx: AccessFixture, s: Side) => {
  const gigId = await freshGig(fx, s);
  const assignmentId = ok(await fx.t.gql(`mutation($id: ID!) { acceptGig(gigId: $id) { id } }`, { id: gigId }, fx.side[s].seeker.token))
    .acceptGig.id as string;
  const attendanceId = ok(
    await fx.t.gql(
      `mutation($input: GigCheckInput!) { checkIn(input: $input) { id } }`,
      { input: { gigId, qrCode: await qrOf(fx, gigId) } },
      fx.side[s].seeker.token,
    ),
  ).checkIn.id as string;
  return { gigId, assignmentId, attendanceId };
};
const paidPlace = async (fx: AccessFixture, s: Side) => {
  const p = await workedPlace(fx, s);
  ok(
    await fx.t.gql(
      `mutation($input: MarkGigPaidInput!) { markGigPaid(input: $input) { id } }`,
      { input: { assignmentId: p.assignmentId, amountYuan: 200, method: 'CASH' } },
      fx.side[s].employer.token,
    ),
  );
  return p;
};
const disputedPlace = async (fx: AccessFixture, s: Side) => {
  const p = await paidPlace(fx, s);
  ok(
    await fx.t.gql(
      `mutation($input: DisputeGigPayInput!) { disputeGigPay(input: $input) { id } }`,
      { input: { assignmentId: p.assignmentId, reason: '矩阵异议' } },
      fx.side[s].seeker.token,
    ),
  );
  return p;
};
interface GigSide {
  gigId: string;
  posterGigId: string;
  assignmentId: string;
  alertId: string;
  stationId: string;
}
const gigSides = new Map<Side, GigSide>();
const gigSide = (s: Side) => gigSides.get(s)!;
const gigWorld = (fx: AccessFixture) =>
  once('gigs', async () => {
    fx.t.app.get(GigClock).setNow(new Date(`${GIG_DAY}T07:30:00+08:00`));
    for (const s of ['A', 'B'] as Side[]) {
      ok(
        await fx.t.gql(
          `mutation($input: RegisterGigPosterInput!) { registerGigPoster(input: $input) { trusted } }`,
          { input: { realName: fx.side[s].seeker.fullName, idNumber: fx.side[s].seeker.idNumber, regionCode: fx.side[s].county } },
          fx.side[s].seeker.token,
        ),
      );
      const posterGigId = ok(await fx.t.gql(CREATE_GIG, { input: gigInput(fx, s, { title: `矩阵个人零工${s}` }) }, fx.side[s].seeker.token))
        .createGig.id as string;
      const disputed = await disputedPlace(fx, s);
      const [alert] = await fx.t.ds.query(`SELECT id FROM gig_alerts WHERE assignment_id = $1`, [disputed.assignmentId]);
      const stationId = ok(
        await fx.t.gql(
          `mutation($input: GigStationInput!) { createGigStation(input: $input) { id } }`,
          {
            input: {
              regionCode: fx.side[s].county,
              name: `矩阵驿站${s}`,
              address: '矩阵地址',
              ...GIG_SITE[s],
              openingHours: '6:00—18:00',
              services: ['饮水'],
              contactPhone: '0930-1234567',
            },
          },
          fx.side[s].officer.token,
        ),
      ).createGigStation.id as string;
      gigSides.set(s, { gigId: disputed.gigId, posterGigId, assignmentId: disputed.assignmentId, alertId: alert.id, stationId });
    }
  });
const GIG_SEL = `id title status posterName qrCode assignments { id workerName payStatus attendance { minutes } } myAssignment { id status }`;
const GIG_PLACE_SEL = `id status payStatus workerName gig { id title }`;

/* Employment support (issue 14): per side, a registered unemployed person of the side's county (not a caller) with a
   zero-employment household and one follow-up, whose case the officers work on; and the side's own seeker registered
   too (for myUnemploymentRegistration and registerUnemployment, which a second tap with the same key answers). */
interface SupportSide {
  caseId: string;
  householdId: string;
  ownRegistrationId: string;
}
const supportSides = new Map<Side, SupportSide>();
const REGISTER_UNEMPLOYMENT = `mutation($input: RegisterUnemploymentInput!) { registerUnemployment(input: $input) { id supportCase { id } household { id } } }`;
const unemploymentInput = (fx: AccessFixture, s: Side, idNumber: string, key: string, headName: string) => ({
  idNumber,
  regionCode: fx.side[s].county,
  reason: 'LAID_OFF',
  lastEmployerName: `矩阵原单位${s}`,
  householdHeadIdNumber: idNumber,
  householdHeadName: headName,
  workingAgeMembers: 2,
  employedMembers: 0,
  wantsJob: true,
  idempotencyKey: key,
});
const ownUnemploymentInput = (fx: AccessFixture, s: Side) =>
  unemploymentInput(fx, s, fx.side[s].seeker.idNumber, `matrix-unemployment-${s}`, fx.side[s].seeker.fullName);
const supportWorld = (fx: AccessFixture) =>
  once('employment-support', async () => {
    for (const s of ['A', 'B'] as Side[]) {
      const tag = s === 'A' ? '甲' : '乙';
      const staff: CallerName[] = [`officer${s}`, 'admin'];
      const person = await makeSeeker(fx.t, {
        fullName: `欧阳帮${tag}`,
        hukouRegionCode: fx.side[s].county,
        residenceRegionCode: fx.side[s].county,
        discoverable: false,
      });
      const idNumber = fx.fresh.idNumber(s);
      const r = ok(
        await fx.t.gql(
          REGISTER_UNEMPLOYMENT,
          { input: unemploymentInput(fx, s, idNumber, `matrix-person-${s}`, `欧阳户主${tag}`) },
          person.token,
        ),
      ).registerUnemployment;
      const note = `矩阵跟进记录${tag}：本人想找电焊工作`;
      ok(
        await fx.t.gql(
          `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { id } }`,
          { input: { caseId: r.supportCase.id, contactedOn: chinaDay(), channel: 'PHONE', note, outcome: 'CONTINUING' } },
          fx.side[s].officer.token,
        ),
      );
      fx.mark(idNumber, `identity number of unemployed person ${s}`, []);
      fx.mark(`欧阳帮${tag}`, `name of unemployed person ${s}`, staff);
      fx.mark(`欧阳户主${tag}`, `household head of unemployed person ${s}`, staff);
      fx.mark(note, `follow-up note on unemployed person ${s}`, staff);
      fx.mark(person.phone, `phone of unemployed person ${s}`, [], true);
      const own = ok(
        await fx.t.gql(REGISTER_UNEMPLOYMENT, { input: ownUnemploymentInput(fx, s) }, fx.side[s].seeker.token),
      ).registerUnemployment;
      supportSides.set(s, { caseId: r.supportCase.id, householdId: r.household.id, ownRegistrationId: own.id });
    }
  });
const support = (s: Side) => supportSides.get(s)!;
const SUPPORT_CASE_SEL = `id status kind nextFollowUpDue person { fullName idNumberMasked phoneMasked priorityGroups }
  registration { id idNumberMasked lastEmployerName } household { id headName headIdNumberMasked openCaseIds }
  followUps { id note officerName recommendedJobs { id } } upcomingFairs { id }`;

/** A posting of side s in review whose text raises a gender flag. */
const flaggedJob = (fx: AccessFixture, s: Side) =>
  once(`flagged:${s}`, async () => {
    const id = ok(
      await fx.t.gql(
        `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id } }`,
        { input: jobInput({ workRegionCode: fx.side[s].county, description: '招聘仓库管理员，限男性，负责出入库登记。' }) },
        fx.side[s].employer.token,
      ),
    ).createJobPosting.id as string;
    ok(await fx.t.gql(`mutation($id: ID!) { submitJobPosting(id: $id) { id } }`, { id }, fx.side[s].employer.token));
    return id;
  });
/** Side s's seeker hired to a new posting of side s, with the 7-day check-in due. */
const dueCheckIn = (fx: AccessFixture, s: Side) =>
  once(`checkin:${s}`, async () => {
    const application = await fx.fresh.application(s);
    ok(
      await fx.t.gql(
        `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`,
        { input: { applicationId: application, toStatus: 'HIRED' } },
        fx.side[s].employer.token,
      ),
    );
    ok(await fx.t.gql(`{ checkInsDue { id } }`, {}, fx.side[s].seeker.token)); // makes the worker's check-ins
    const [rows]: [{ id: string }[], number] = await fx.t.ds.query(
      `UPDATE hire_check_ins SET due_at = now() - interval '1 minute' WHERE application_id = $1 AND day = 7 RETURNING id`,
      [application],
    );
    return rows[0].id;
  });

const room = (host: 'employer' | 'officer') => (fx: AccessFixture, s: Side) => fx.side[s].rooms[host];
/** Rooms host ops act on: an employer's room is its employer's; an officer's room its officer's (not the region's employers'). */
const HOST_OF: Record<'employer' | 'officer', Allow> = { employer: EMPLOYER_OWN, officer: OFFICER_OVER };
const roomInput = (fx: AccessFixture, s: Side) => ({
  title: '矩阵直播带岗',
  scheduledStart: new Date(Date.now() + 86_400_000).toISOString(),
  jobPostingIds: [fx.side[s].jobs.published],
});
const paymentNote = (s: Side) => `劳务报酬备注${s === 'A' ? '甲' : '乙'}`;
const sideOf = (c: Caller): Side => c.side ?? 'A';
/** Ids of the other side's objects (for lists that must stay within the caller's own or overseen ones). */
const otherSides = (fx: AccessFixture, c: Caller, pick: (w: AccessFixture['side']['A']) => string[]) =>
  c.side ? pick(fx.side[otherSide(c.side)]) : [];
/** Ids of the caller's own side's objects (both sides' for admins). */
const ownSides = (fx: AccessFixture, c: Caller, pick: (w: AccessFixture['side']['A']) => string[]) =>
  c.side ? pick(fx.side[c.side]) : c.role === Role.ADMIN ? [...pick(fx.side.A), ...pick(fx.side.B)] : [];

const OPS: Record<string, Entry | Entry[]> = {
  /* ---------------------------------------------------------------- public */
  regions: {
    public: 'the GB/T 2260 region tree is reference data',
    targetless: true,
    allow: EVERYONE,
    call: () => q(`{ regions(parentCode: "620000") { code name } }`),
  },
  region: {
    public: 'the GB/T 2260 region tree is reference data',
    targetless: true,
    allow: EVERYONE,
    call: () => q(`{ region(code: "622921") { code fullName level } }`),
  },
  searchJobs: [
    {
      public: 'search covers published postings only',
      targetless: true,
      allow: EVERYONE,
      call: () =>
        q(
          `{ searchJobs(first: 5, input: { keyword: "电焊" }) { totalCount hits { highlightedTitle node { id employer { ${EMPLOYER_LIGHT} } } } } }`,
        ),
    },
    {
      // A project job in its local-first window is found only by local seekers (seeker A: hukou 临夏县).
      variant: 'local-first window',
      public: 'search covers published postings only',
      targetless: true,
      allow: EVERYONE,
      call: () => q(`{ searchJobs(first: 5, input: { keyword: "管道安装工" }) { totalCount hits { node { id } } } }`),
      foreign: (fx, c) => (c.name === 'seekerA' ? [] : [fx.localFirstJob]),
      mine: (fx, c) => (c.name === 'seekerA' ? [fx.localFirstJob] : []),
    },
  ],
  jobPostings: [
    {
      public: 'the job list covers published postings only',
      targetless: true,
      allow: EVERYONE,
      call: () =>
        q(
          `{ jobPostings(first: 10) { totalCount edges { node { id applicationCount employer { ${EMPLOYER_LIGHT} } myApplication { id } } } } }`,
        ),
    },
    {
      // The list knows no viewer, so a project job in its local-first window is not listed (search shows it to local seekers).
      variant: 'local-first window',
      public: 'the job list covers published postings only',
      targetless: true,
      allow: EVERYONE,
      call: () => q(`{ jobPostings(first: 10, filter: { keyword: "管道安装工" }) { totalCount edges { node { id } } } }`),
      foreign: (fx) => [fx.localFirstJob],
    },
  ],
  jobPosting: [
    {
      variant: 'published',
      public: 'published postings are public',
      allow: EVERYONE,
      call: (fx, s) => q(`query($id: ID!) { jobPosting(id: $id) { ${JOB} } }`, { id: fx.side[s].jobs.published }),
    },
    {
      variant: 'draft',
      allow: MANAGERS,
      call: (fx, s) => q(`query($id: ID!) { jobPosting(id: $id) { ${JOB} } }`, { id: fx.side[s].jobs.draft }),
    },
    {
      variant: 'pending',
      allow: MANAGERS,
      call: (fx, s) => q(`query($id: ID!) { jobPosting(id: $id) { ${JOB} } }`, { id: fx.side[s].jobs.pending }),
    },
    {
      // Ownership follows the employer, oversight the workplace: side s's employer's draft for the other side's county.
      variant: "draft for a workplace in the other side's county",
      allow: (c, s) => EMPLOYER_OWN(c, s) || OFFICER_OVER(c, otherSide(s)) || ADMIN(c, s),
      call: (fx, s) => q(`query($id: ID!) { jobPosting(id: $id) { ${JOB} } }`, { id: fx.side[s].crossDraft }),
    },
  ],
  employer: {
    public: 'company pages are public; contact phone and review note are gated per field',
    allow: EVERYONE,
    call: (fx, s) => q(`query($id: ID!) { employer(id: $id) { ${EMPLOYER} } }`, { id: fx.side[s].employer.employerId }),
  },
  liveRooms: {
    public: 'the room list (share links, QR codes) is public',
    targetless: true,
    allow: EVERYONE,
    call: () => q(`{ liveRooms(first: 10, statuses: [SCHEDULED, LIVE, ENDED]) { totalCount edges { node { ${ROOM_LIGHT} } } } }`),
  },
  liveRoom: [
    {
      variant: "employer's room",
      public: 'a room is public (share link); the lineup hides unpublished jobs',
      allow: EVERYONE,
      call: (fx, s) => q(`query($id: ID!) { liveRoom(id: $id) { ${ROOM} } }`, { id: room('employer')(fx, s) }),
    },
    {
      variant: "officer's room",
      public: 'a room is public (share link); the lineup hides unpublished jobs',
      allow: EVERYONE,
      call: (fx, s) => q(`query($id: ID!) { liveRoom(id: $id) { ${ROOM} } }`, { id: room('officer')(fx, s) }),
    },
  ],
  me: {
    public: 'answers with the caller’s own account (null when signed out)',
    targetless: true,
    allow: EVERYONE,
    call: () => q(`{ me { ${USER} } }`),
  },
  register: {
    public: 'job seekers and employers sign themselves up',
    targetless: true,
    allow: EVERYONE,
    call: (fx) => {
      const phone = `177${fx.fresh.phone().slice(3)}`;
      fx.mark(phone, 'phone of an account registered by the matrix', []); // shown masked, even to its owner
      return q(`mutation($input: RegisterInput!) { register(input: $input) { token user { ${USER} } } }`, {
        input: { role: 'JOB_SEEKER', phone, password: PASSWORD_FOR_ACCOUNTS, displayName: '矩阵注册' },
      });
    },
  },
  login: {
    public: 'signing in (rate-limited)',
    targetless: true,
    allow: EVERYONE,
    call: async (fx) => {
      const a = await fx.fresh.account();
      return q(`mutation($input: LoginInput!) { login(input: $input) { token user { ${USER} } } }`, {
        input: { login: a.phone, password: a.password },
      });
    },
  },

  /* ---------------------------------------------------------------- accounts */
  createOfficer: {
    targetless: true,
    allow: ADMIN,
    call: (fx) => {
      const phone = fx.fresh.phone();
      fx.mark(phone, 'phone of an officer created by the matrix', []); // masked everywhere, the audit log included
      return q(`mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { ${USER} } }`, {
        input: { phone, password: PASSWORD_FOR_ACCOUNTS, displayName: '矩阵新任工作人员', regionCode: '622900' },
      });
    },
  },
  signOutEverywhere: {
    targetless: true,
    standIn: true,
    allow: roles(Role.JOB_SEEKER, Role.EMPLOYER, Role.OFFICER, Role.ADMIN),
    call: () => q(`mutation { signOutEverywhere }`),
  },
  setUserStatus: {
    allow: ADMIN,
    call: async (fx, s, _c, make) =>
      q(`mutation($id: ID!) { setUserStatus(userId: $id, status: SUSPENDED) { ${USER} } }`, { id: await make.user(s, Role.JOB_SEEKER) }),
  },
  setOfficerRegion: {
    allow: ADMIN,
    call: async (fx, s, _c, make) =>
      q(`mutation($id: ID!, $code: String!) { setOfficerRegion(userId: $id, regionCode: $code) { ${USER} } }`, {
        id: await make.user(s, Role.OFFICER),
        code: fx.side[s].prefecture,
      }),
  },

  /* ---------------------------------------------------------------- employers */
  myEmployer: { targetless: true, allow: roles(Role.EMPLOYER), call: () => q(`{ myEmployer { ${EMPLOYER} } }`) },
  saveEmployerProfile: {
    targetless: true,
    allow: roles(Role.EMPLOYER),
    // The employer's own profile again, unchanged (so it stays verified).
    call: (fx, _s, c) =>
      q(`mutation($input: EmployerProfileInput!) { saveEmployerProfile(input: $input) { ${EMPLOYER} } }`, {
        input: fx.side[sideOf(c)].employer.profileInput,
      }),
  },
  teamMembers: { targetless: true, allow: roles(Role.EMPLOYER), call: () => q(`{ teamMembers { id role phone displayName joined } }`) },
  inviteTeamMember: {
    targetless: true,
    allow: roles(Role.EMPLOYER),
    // A phone of the caller's side with no account: inviting it again returns the same membership.
    call: (_fx, _s, c) =>
      q(`mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { id role phone joined } }`, {
        input: { phone: sideOf(c) === 'A' ? '13700000101' : '13700000102' },
      }),
  },
  removeTeamMember: {
    allow: EMPLOYER_OWN,
    // A fresh recruiter invitation of side s's employer (the owner cannot be removed).
    call: async (fx, s) => {
      const phone = `1370001${String(++recruiterSeq).padStart(4, '0')}`;
      const r = ok(
        await fx.t.gql(
          `mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { id } }`,
          { input: { phone } },
          fx.side[s].employer.token,
        ),
      );
      return q(`mutation($id: ID!) { removeTeamMember(id: $id) }`, { id: r.inviteTeamMember.id });
    },
  },
  verifyEmployer: {
    allow: OFFICER_OVER,
    call: (fx, s) =>
      q(`mutation($id: ID!, $note: String) { verifyEmployer(employerId: $id, status: VERIFIED, note: $note) { ${EMPLOYER} } }`, {
        id: fx.side[s].employer.employerId,
        note: fx.side[s].employer.verificationNote,
      }),
  },
  employersForReview: {
    targetless: true,
    allow: roles(Role.OFFICER),
    call: () => q(`{ employersForReview(first: 50) { ${EMPLOYER_LIGHT} } }`),
    foreign: (fx, c) => otherSides(fx, c, (w) => [w.pendingEmployerId]),
    mine: (fx, c) => ownSides(fx, c, (w) => [w.pendingEmployerId]),
  },
  employersInRegion: [
    {
      targetless: true,
      allow: roles(Role.OFFICER),
      call: () => q(`{ employersInRegion(first: 50) { ${EMPLOYER_LIGHT} } }`),
      foreign: (fx, c) => otherSides(fx, c, (w) => [w.pendingEmployerId, w.employer.employerId]),
      mine: (fx, c) => ownSides(fx, c, (w) => [w.employer.employerId]),
    },
    {
      // A keyword cannot reach past the region: another region's company by its exact credit code is not found.
      variant: "side s's credit code",
      allow: OFFICER_OVER,
      call: (fx, s) =>
        q(`query($k: String) { employersInRegion(keyword: $k) { ${EMPLOYER_LIGHT} } }`, { k: fx.side[s].employer.profileInput.creditCode }),
      refusedData: (d) => d?.employersInRegion?.length === 0,
      mine: (fx, _c, s) => [fx.side[s].employer.employerId],
    },
  ],

  /* ---------------------------------------------------------------- job fairs */
  jobFair: {
    public: 'published, live and past fairs are public (drafts are not: the officer ops below use them)',
    allow: EVERYONE,
    call: async (fx, s) => q(`query($id: ID!) { jobFair(id: $id) { ${FAIR_SEL} } }`, { id: (await sharedFair(fx, s, 'view')).fairId }),
  },
  jobFairs: {
    public: 'the list of published, live and past fairs is public',
    targetless: true,
    allow: EVERYONE,
    call: () => q(`{ jobFairs(first: 50) { ${FAIR_SEL} } }`),
  },
  fairBooths: {
    public: "a live fair's hall (approved booths, reps online, queues) is public",
    allow: EVERYONE,
    call: async (fx, s) =>
      q(`query($id: ID!) { fairBooths(fairId: $id) { ${BOOTH_SEL} } }`, { id: (await sharedFair(fx, s, 'view')).fairId }),
  },
  createJobFair: {
    targetless: true,
    allow: roles(Role.OFFICER),
    call: (fx, _s, c) =>
      q(`mutation($input: JobFairInput!) { createJobFair(input: $input) { ${FAIR_SEL} } }`, { input: sideFairInput(fx, sideOf(c)) }),
  },
  updateJobFair: {
    allow: OFFICER_OVER,
    call: async (fx, s) =>
      q(`mutation($id: ID!, $input: JobFairInput!) { updateJobFair(id: $id, input: $input) { ${FAIR_SEL} } }`, {
        id: await draftFair(fx, s),
        input: sideFairInput(fx, s, { name: '改期后的招聘会' }),
      }),
  },
  publishJobFair: {
    allow: OFFICER_OVER,
    call: async (fx, s) => q(`mutation($id: ID!) { publishJobFair(id: $id) { ${FAIR_SEL} } }`, { id: await draftFair(fx, s) }),
  },
  startJobFair: {
    allow: OFFICER_OVER,
    call: async (fx, s) => q(`mutation($id: ID!) { startJobFair(id: $id) { ${FAIR_SEL} } }`, { id: await publishedFair(fx, s) }),
  },
  endJobFair: {
    allow: OFFICER_OVER,
    call: async (fx, s) => q(`mutation($id: ID!) { endJobFair(id: $id) { ${FAIR_SEL} } }`, { id: await publishedFair(fx, s) }),
  },
  jobFairStats: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    call: async (fx, s) =>
      q(`query($id: ID!) { jobFairStats(fairId: $id) { registered waitingNow overall { queued talked } byBooth { key } alarms } }`, {
        id: (await sharedFair(fx, s, 'view')).fairId,
      }),
  },
  jobFairHistory: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    // Both sides' ended fairs exist before the call, so the list checks below are never vacuous.
    call: async (fx, s) => {
      await Promise.all([endedFair(fx, 'A'), endedFair(fx, 'B')]);
      return q(
        `query($id: ID!) { jobFairHistory(fairId: $id) { fair { ${FAIR_SEL} } stats { registered overall { queued talked agreements hired } byBooth { key } } } }`,
        { id: await endedFair(fx, s) },
      );
    },
    foreign: (_fx, c) => (c.side ? [endedFairIds.get(otherSide(c.side))!] : []),
    mine: (_fx, _c, s) => [endedFairIds.get(s)!],
  },
  applyForBooth: {
    targetless: true,
    allow: roles(Role.EMPLOYER),
    // Its own published job at a fresh published fair of its side, staffed by itself.
    call: async (fx, _s, c) => {
      const s = sideOf(c);
      return q(`mutation($input: BoothApplicationInput!) { applyForBooth(input: $input) { ${BOOTH_SEL} } }`, {
        input: {
          fairId: await publishedFair(fx, s),
          intro: '矩阵展位',
          jobPostingIds: [fx.side[s].jobs.published],
          staffUserIds: [c.userId ?? fx.side[s].employer.userId],
        },
      });
    },
  },
  reviewBooth: {
    allow: OFFICER_OVER,
    call: async (fx, s) => {
      const fairId = await publishedFair(fx, s);
      const booth = ok(
        await fx.t.gql(
          `mutation($input: BoothApplicationInput!) { applyForBooth(input: $input) { id } }`,
          { input: { fairId, intro: '待审展位', jobPostingIds: [fx.side[s].jobs.published], staffUserIds: [fx.side[s].employer.userId] } },
          fx.side[s].employer.token,
        ),
      ).applyForBooth.id;
      return q(`mutation($input: ReviewBoothInput!) { reviewBooth(input: $input) { id status number } }`, {
        input: { boothId: booth, approve: true },
      });
    },
  },
  createFairForProject: {
    allow: OFFICER_OVER,
    // Side s's project with a published job of its own (a fresh one per cell).
    call: async (fx, s) => {
      await makePublishedJob(fx.t, fx.side[s].employer, fx.side[s].officer, {
        projectId: fx.side[s].project,
        workRegionCode: fx.side[s].county,
      });
      const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
      return q(`mutation($input: ProjectFairInput!) { createFairForProject(input: $input) { ${FAIR_SEL} } }`, {
        input: { projectId: fx.side[s].project, startDate: day(10), endDate: day(11) },
      });
    },
  },
  myFairInvitations: { targetless: true, allow: roles(Role.JOB_SEEKER), call: () => q(`{ myFairInvitations { ${FAIR_SEL} } }`) },
  fairCheckInCode: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    call: async (fx, s) => q(`query($id: ID!) { fairCheckInCode(fairId: $id) }`, { id: (await sharedFair(fx, s, 'view')).fairId }),
  },
  checkInAtFair: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    // A hybrid fair of the caller's side, with the venue's code (from its officer).
    call: async (fx, _s, c) => {
      const s = sideOf(c);
      const f = await once(`fair:hybrid:${s}`, () =>
        makeLiveFair(
          fx.t,
          fx.side[s].officer,
          [fx.side[s].employer],
          { regionCode: fx.side[s].prefecture, mode: 'HYBRID', venueAddress: '人力资源市场' },
          true,
          {
            workRegionCode: fx.side[s].county,
          },
        ),
      );
      const code = ok(
        await fx.t.gql(`query($id: ID!) { fairCheckInCode(fairId: $id) }`, { id: f.fairId }, fx.side[s].officer.token),
      ).fairCheckInCode;
      return q(`mutation($id: ID!, $code: String!) { checkInAtFair(fairId: $id, code: $code) }`, { id: f.fairId, code });
    },
  },
  attachLiveRoomToFair: [
    {
      variant: "employer's room",
      allow: EMPLOYER_OWN,
      // Side s's employer's room onto side s's fair, where it has an approved booth.
      call: async (fx, s, _c, make) =>
        q(`mutation($room: ID!, $fair: ID) { attachLiveRoomToFair(liveRoomId: $room, fairId: $fair) { ${ROOM_LIGHT} jobFairId } }`, {
          room: await make.room(s, 'employer'),
          fair: (await sharedFair(fx, s, 'view')).fairId,
        }),
    },
    {
      variant: "officer's room",
      allow: OFFICER_OVER,
      call: async (fx, s, _c, make) =>
        q(`mutation($room: ID!, $fair: ID) { attachLiveRoomToFair(liveRoomId: $room, fairId: $fair) { ${ROOM_LIGHT} jobFairId } }`, {
          room: await make.room(s, 'officer'),
          fair: (await sharedFair(fx, s, 'view')).fairId,
        }),
    },
  ],
  registerForFair: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) =>
      q(`mutation($id: ID!) { registerForFair(fairId: $id) }`, { id: (await sharedFair(fx, sideOf(c), 'view')).fairId }),
  },
  joinBoothQueue: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) =>
      q(`mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { ${TICKET_SEL} } }`, {
        b: (await sharedFair(fx, sideOf(c), 'join')).booths[0].boothId,
      }),
  },
  myQueueTickets: { targetless: true, allow: roles(Role.JOB_SEEKER), call: () => q(`{ myQueueTickets { ${TICKET_SEL} } }`) },
  leaveBoothQueue: {
    allow: SEEKER_OWN,
    call: async (fx, s) => {
      const boothId = (await liveFair(fx, s)).booths[0].boothId;
      const ticket = ok(await fx.t.gql(JOIN_QUEUE, { b: boothId }, fx.side[s].seeker.token)).joinBoothQueue.id;
      return q(`mutation($id: ID!) { leaveBoothQueue(ticketId: $id) { ${TICKET_SEL} } }`, { id: ticket });
    },
  },
  acceptTalk: {
    allow: SEEKER_OWN,
    call: async (fx, s) => q(`mutation($id: ID!) { acceptTalk(ticketId: $id) { ${TICKET_SEL} } }`, { id: await calledTicket(fx, s) }),
  },
  requestCallback: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    // No rep is online at the fixture's booths, so a call-back may be asked for (again: the open one is returned).
    call: async (fx, _s, c) =>
      q(`mutation($input: CallbackInput!) { requestCallback(input: $input) { id message answeredAt } }`, {
        input: { boothId: (await sharedFair(fx, sideOf(c), 'callback')).booths[0].boothId, message: '请稍后回电' },
      }),
  },
  callNextTicket: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      const boothId = (await liveFair(fx, s)).booths[0].boothId;
      ok(await fx.t.gql(JOIN_QUEUE, { b: boothId }, fx.side[s].seeker.token));
      return q(`mutation($b: ID!) { callNextTicket(boothId: $b) { ${TICKET_SEL} } }`, { b: boothId });
    },
  },
  endTalk: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) =>
      q(`mutation($input: EndTalkInput!) { endTalk(input: $input) { ${TICKET_SEL} outcome } }`, {
        input: { ticketId: await calledTicket(fx, s, true), outcome: 'NOT_SUITABLE', note: '矩阵洽谈' },
      }),
  },
  boothQueue: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER),
    call: async (fx, s) =>
      q(`query($b: ID!) { boothQueue(boothId: $b) { ${TICKET_SEL} } }`, { b: (await sharedFair(fx, s, 'join')).booths[0].boothId }),
  },
  boothCallbacks: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER),
    call: async (fx, s) =>
      q(`query($b: ID!) { boothCallbacks(boothId: $b) { id message } }`, { b: (await sharedFair(fx, s, 'callback')).booths[0].boothId }),
  },
  answerCallback: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      const boothId = (await sharedFair(fx, s, 'callback')).booths[0].boothId;
      const cb = ok(
        await fx.t.gql(
          `mutation($input: CallbackInput!) { requestCallback(input: $input) { id } }`,
          { input: { boothId, message: '请回电' } },
          fx.side[s].seeker.token,
        ),
      ).requestCallback.id;
      return q(`mutation($id: ID!) { answerCallback(id: $id) { id answeredAt } }`, { id: cb });
    },
  },

  /* ---------------------------------------------------------------- job seekers */
  myJobSeekerProfile: { targetless: true, allow: roles(Role.JOB_SEEKER), call: () => q(`{ myJobSeekerProfile { ${PROFILE} } }`) },
  saveJobSeekerProfile: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    // The seeker's own profile again, identity number omitted (kept).
    call: (fx, _s, c) =>
      q(`mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) { ${PROFILE} } }`, {
        input: fx.side[sideOf(c)].seeker.profileInput,
      }),
  },

  /* ---------------------------------------------------------------- postings */
  myJobPostings: {
    targetless: true,
    allow: roles(Role.EMPLOYER),
    call: () => q(`{ myJobPostings(first: 40) { totalCount edges { node { id } } } }`),
    foreign: (fx, c) => otherSides(fx, c, (w) => Object.values(w.jobs)),
    mine: (fx, c) => ownSides(fx, c, (w) => [w.jobs.published]),
  },
  reviewQueue: {
    targetless: true,
    allow: roles(Role.OFFICER),
    call: () => q(`{ reviewQueue(first: 40) { totalCount edges { node { id } } } }`),
    foreign: (fx, c) => otherSides(fx, c, (w) => [w.jobs.pending]),
    mine: (fx, c) => ownSides(fx, c, (w) => [w.jobs.pending]),
  },
  createJobPosting: {
    // Linked to side s's project: only that project's owner may.
    allow: EMPLOYER_OWN,
    call: (fx, s) =>
      q(`mutation($input: JobPostingInput!) { createJobPosting(input: $input) { ${JOB} } }`, {
        input: jobInput({ ...FRESH_JOB, workRegionCode: fx.side[s].county, projectId: fx.side[s].project }),
      }),
  },
  updateJobPosting: {
    allow: EMPLOYER_OWN,
    call: async (fx, s, _c, make) =>
      q(`mutation($id: ID!, $input: JobPostingInput!) { updateJobPosting(id: $id, input: $input) { ${JOB} } }`, {
        id: await make.draft(s),
        input: jobInput({ ...FRESH_JOB, workRegionCode: fx.side[s].county }),
      }),
  },
  submitJobPosting: {
    allow: EMPLOYER_OWN,
    call: async (fx, s, _c, make) => q(`mutation($id: ID!) { submitJobPosting(id: $id) { ${JOB} } }`, { id: await make.draft(s) }),
  },
  reviewJobPosting: {
    allow: OFFICER_OVER,
    call: async (fx, s, _c, make) =>
      q(`mutation($id: ID!) { reviewJobPosting(id: $id, approve: true) { ${JOB} } }`, { id: await make.pending(s) }),
  },
  withdrawJobPosting: {
    allow: EMPLOYER_OWN,
    call: async (fx, s, _c, make) => q(`mutation($id: ID!) { withdrawJobPosting(id: $id) { ${JOB} } }`, { id: await make.pending(s) }),
  },
  closeJobPosting: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER),
    call: async (fx, s, _c, make) => q(`mutation($id: ID!) { closeJobPosting(id: $id) { ${JOB} } }`, { id: await make.published(s) }),
  },

  /* ---------------------------------------------------------------- applications */
  myApplications: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ myApplications(first: 30) { totalCount edges { node { id coverNote } } } }`),
    mine: (fx, c) => ownSides(fx, c, (w) => [w.application]),
  },
  applicationsForJob: {
    allow: MANAGERS,
    call: (fx, s) =>
      q(
        `query($id: ID!) { applicationsForJob(jobPostingId: $id, first: 2) { totalCount edges { node { id coverNote contactPhone history { note } applicant { id fullName idNumberMasked phoneMasked hukouRegion { code } residenceLat residenceLng } } } } }`,
        { id: fx.side[s].jobs.published },
      ),
  },
  submitApplication: {
    // Any seeker may apply to any published posting: a neutral employer's (兰州), so applying widens no caller's view.
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (_fx, _s, _c, make) =>
      q(`mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION} } }`, {
        input: { jobPostingId: await make.neutralPublished(), coverNote: '矩阵投递' },
      }),
  },
  withdrawApplication: {
    allow: SEEKER_OWN,
    call: async (fx, s, _c, make) =>
      q(`mutation($id: ID!) { withdrawApplication(id: $id) { ${APPLICATION} } }`, { id: await make.application(s) }),
  },
  moveApplication: {
    allow: EMPLOYER_OWN,
    call: async (fx, s, _c, make) =>
      q(`mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { ${APPLICATION} } }`, {
        input: { applicationId: await make.application(s), toStatus: 'VIEWED' },
      }),
  },

  /* ---------------------------------------------------------------- matching, saved searches, alerts */
  recommendedJobs: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ recommendedJobs(first: 10) { score reasons job { ${JOB_LIGHT} } } }`),
  },
  matchCandidates: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER),
    call: (fx, s) =>
      q(`query($id: ID!) { matchCandidates(jobPostingId: $id, first: 10) { score reasons candidate { ${PROFILE} } } }`, {
        id: fx.side[s].jobs.published,
      }),
  },
  mySavedSearches: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ mySavedSearches { id name criteriaJson } }`),
    mine: (fx, c) => ownSides(fx, c, (w) => [w.savedSearch]),
  },
  mySearchAlerts: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ mySearchAlerts(first: 50) { id savedSearchName readAt jobPosting { id title } } }`),
    mine: (fx, c) => ownSides(fx, c, (w) => w.alerts),
  },
  saveSearch: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: (fx, _s, c) =>
      q(`mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name criteriaJson } }`, {
        input: { name: '矩阵保存', criteria: { keyword: '叉车', regionCode: fx.side[sideOf(c)].prefecture } },
      }),
  },
  deleteSavedSearch: {
    allow: SEEKER_OWN,
    call: async (fx, s, _c, make) => q(`mutation($id: ID!) { deleteSavedSearch(id: $id) }`, { id: await make.savedSearch(s) }),
  },
  markSearchAlertsRead: {
    allow: SEEKER_OWN,
    // Someone else's alert ids are ignored: 0 marked is the refusal. Own calls use alert 0, others' alert 1, so no
    // cell depends on another.
    call: (fx, s, c) => q(`mutation($ids: [ID!]!) { markSearchAlertsRead(ids: $ids) }`, { ids: [fx.side[s].alerts[c.side === s ? 0 : 1]] }),
    refusedData: (d) => d?.markSearchAlertsRead === 0,
  },

  /* ---------------------------------------------------------------- projects */
  projects: [
    {
      targetless: true,
      allow: roles(Role.EMPLOYER, Role.OFFICER, Role.ADMIN),
      call: () => q(`{ projects(first: 40) { totalCount edges { node { id } } } }`),
      foreign: (fx, c) => otherSides(fx, c, (w) => w.projectIds),
      // (Not for admins: they see every project, so the page need not reach the fixture's.)
      mine: (fx, c) => (c.side ? [fx.side[c.side].project] : []),
    },
    {
      // A region filter narrows the caller's scope, never widens it: side s's prefecture lists nothing for others.
      variant: "filtered to side s's region",
      allow: MANAGERS,
      call: (fx, s) =>
        q(`query($r: String) { projects(first: 40, regionCode: $r) { totalCount edges { node { id } } } }`, { r: fx.side[s].prefecture }),
      refusedData: (d) => d?.projects?.totalCount === 0,
      mine: (fx, _c, s) => [fx.side[s].project],
    },
  ],
  project: { allow: MANAGERS, call: (fx, s) => q(`query($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id: fx.side[s].project }) },
  previewProjectHire: [
    {
      variant: 'hire',
      allow: MANAGERS,
      call: (fx, s) =>
        q(
          `query($input: PreviewProjectHireInput!) { previewProjectHire(input: $input) { local breaches allowed before { totalWorkers localWorkers } after { totalWorkers } } }`,
          { input: { projectId: fx.side[s].project, hukouRegionCode: fx.side[s].county } },
        ),
    },
    {
      // A project the caller manages, with side s's worker: only a worker of that same project may be named.
      variant: "exit of side s's worker from the caller's project",
      allow: (c, s) => MANAGERS(c, sideOf(c)) && s === sideOf(c),
      call: (fx, s, c) =>
        q(
          `query($input: PreviewProjectHireInput!) { previewProjectHire(input: $input) { local breaches allowed before { totalWorkers localWorkers } after { totalWorkers } } }`,
          { input: { projectId: fx.side[sideOf(c)].project, change: 'EXIT', workerId: fx.side[s].workers[0] } },
        ),
    },
  ],
  createProject: {
    // For side s's employer, in side s's county (an employer may name only itself).
    allow: MANAGERS,
    call: (fx, s, c) =>
      q(`mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT} } }`, {
        input: { ...fx.fresh.projectInput(s, c), employerId: fx.side[s].employer.employerId },
      }),
  },
  updateProject: {
    allow: MANAGERS,
    call: async (fx, s, c, make) =>
      q(`mutation($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT} } }`, {
        id: await make.project(s),
        input: fx.fresh.projectInput(s, c),
      }),
  },
  addProjectWorker: {
    allow: MANAGERS,
    call: async (fx, s, _c, make) =>
      q(`mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { ${WORKER} } }`, {
        input: fx.fresh.workerInput(s, await make.project(s)),
      }),
  },
  endProjectWorker: {
    allow: MANAGERS,
    call: async (fx, s, _c, make) =>
      q(`mutation($input: EndProjectWorkerInput!) { endProjectWorker(input: $input) { ${WORKER} } }`, {
        input: { workerId: (await make.worker(s)).worker, reason: '合同期满' },
      }),
  },
  importProjectWorkers: {
    allow: MANAGERS,
    call: async (fx, s, _c, make) => {
      const w = fx.fresh.workerInput(s, await make.project(s));
      const csv = `姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力\n${w.fullName},${w.idNumber},${w.hukouRegionCode},${w.trade},${w.startDate},,否\n`;
      return q(
        `mutation($input: ImportProjectWorkersInput!) { importProjectWorkers(input: $input) { imported errors { line field code } project { ${PROJECT} } } }`,
        { input: { projectId: w.projectId, csv } },
      );
    },
  },
  recordLabourPayment: {
    allow: MANAGERS,
    call: (fx, s) =>
      q(`mutation($input: RecordLabourPaymentInput!) { recordLabourPayment(input: $input) { ${PROJECT} } }`, {
        input: { projectId: fx.side[s].project, paidOn: chinaDay(-1), amount: '1000', note: paymentNote(s) },
      }),
  },

  /* ---------------------------------------------------------------- live rooms */
  myLiveRooms: {
    targetless: true,
    allow: roles(Role.EMPLOYER, Role.OFFICER),
    call: () => q(`{ myLiveRooms { ${ROOM_LIGHT} } }`),
    // Only rooms the caller hosts: not the other side's, and not the other kind of host's on its own side.
    foreign: (fx, c) => {
      const all = (['A', 'B'] as Side[]).flatMap((s) => [
        ...fx.side[s].roomIds.employer.map((id) => ({ id, s, host: 'employer' })),
        ...fx.side[s].roomIds.officer.map((id) => ({ id, s, host: 'officer' })),
      ]);
      const mine = (r: { s: Side; host: string }) =>
        r.s === c.side && ((r.host === 'employer' && c.role === Role.EMPLOYER) || (r.host === 'officer' && c.role === Role.OFFICER));
      return all.filter((r) => !mine(r)).map((r) => r.id);
    },
    mine: (fx, c) =>
      c.side && (c.role === Role.EMPLOYER || c.role === Role.OFFICER)
        ? [fx.side[c.side].rooms[c.role === Role.EMPLOYER ? 'employer' : 'officer']]
        : [],
  },
  createLiveRoom: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER),
    call: (fx, s) => q(`mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { ${ROOM} } }`, { input: roomInput(fx, s) }),
  },
  ...Object.fromEntries(
    (['updateLiveRoom', 'startLiveRoom', 'endLiveRoom'] as const).map((op) => [
      op,
      (['employer', 'officer'] as const).map((host): Entry => ({
        variant: `${host}'s room`,
        allow: HOST_OF[host],
        call: async (fx, s, _c, make) => {
          const id = await make.room(s, host);
          return op === 'updateLiveRoom'
            ? q(`mutation($id: ID!, $input: LiveRoomInput!) { updateLiveRoom(id: $id, input: $input) { ${ROOM} } }`, {
                id,
                input: roomInput(fx, s),
              })
            : q(`mutation($id: ID!) { ${op}(id: $id) { ${ROOM} } }`, { id });
        },
      })),
    ]),
  ),
  liveRoomStats: (['employer', 'officer'] as const).map((host): Entry => ({
    variant: `${host}'s room`,
    allow: anyOf(HOST_OF[host], OFFICER_OVER, ADMIN),
    call: (fx, s) =>
      q(
        `query($id: ID!) { liveRoomStats(id: $id) { roomId status uniqueViewers questions total { viewers applications } byJob { jobPostingId title applications } } }`,
        { id: room(host)(fx, s) },
      ),
  })),
  liveRoomQuestions: (['employer', 'officer'] as const).map((host): Entry => ({
    variant: `${host}'s room`,
    allow: anyOf(HOST_OF[host], OFFICER_OVER, ADMIN),
    call: (fx, s) => q(`query($id: ID!) { liveRoomQuestions(id: $id) { id text askerName status answer } }`, { id: room(host)(fx, s) }),
  })),
  answerJobFaq: {
    allow: EMPLOYER_OWN,
    call: (fx, s) =>
      q(`mutation($input: AnswerJobFaqInput!) { answerJobFaq(input: $input) { id question answer } }`, {
        input: { id: fx.side[s].faq, answer: '4人一间，带空调' },
      }),
  },

  /* ---------------------------------------------------------------- audit trail */
  auditLog: [
    {
      targetless: true,
      allow: roles(Role.ADMIN, Role.OFFICER),
      call: () => q(`{ auditLog(first: 15) { totalCount edges { node { id targetId reason beforeJson afterJson } } } }`),
      // An officer reads its region's entries: none about the other side's employer, postings or project.
      foreign: (fx, c) =>
        c.role === Role.OFFICER
          ? otherSides(fx, c, (w) => [w.employer.employerId, w.pendingEmployerId, w.project, ...Object.values(w.jobs)])
          : [],
    },
    {
      // A filter on a record cannot reach past the region: entries about another region's employer are not found.
      variant: "entries about side s's employer",
      allow: anyOf(OFFICER_OVER, ADMIN),
      call: (fx, s) =>
        q(
          `query($id: String) { auditLog(first: 10, filter: { targetId: $id }) { totalCount edges { node { id targetId reason beforeJson afterJson } } } }`,
          { id: fx.side[s].employer.employerId },
        ),
      refusedData: (d) => d?.auditLog?.totalCount === 0,
      mine: (fx, _c, s) => [fx.side[s].employer.employerId],
    },
  ],
  auditLogCsv: [
    {
      targetless: true,
      allow: roles(Role.ADMIN, Role.OFFICER),
      call: () => q(`{ auditLogCsv { csv rows truncated } }`),
      foreign: (fx, c) =>
        c.role === Role.OFFICER
          ? otherSides(fx, c, (w) => [w.employer.employerId, w.pendingEmployerId, w.project, ...Object.values(w.jobs)])
          : [],
      mine: (fx, c) => ownSides(fx, c, (w) => [w.employer.employerId]),
    },
    {
      variant: "entries about side s's employer",
      allow: anyOf(OFFICER_OVER, ADMIN),
      call: (fx, s) =>
        q(`query($id: String) { auditLogCsv(filter: { targetId: $id }) { csv rows truncated } }`, { id: fx.side[s].employer.employerId }),
      refusedData: (d) => d?.auditLogCsv?.rows === 0,
      mine: (fx, _c, s) => [fx.side[s].employer.employerId],
    },
  ],

  /* ---------------------------------------------------------------- regional statistics */
  screeningDecision: {
    allow: OFFICER_OVER,
    call: async (fx, s) => {
      const id = await flaggedJob(fx, s);
      const flag = ok(
        await fx.t.gql(`query($id: ID!) { jobPosting(id: $id) { screeningFlags { code evidence } } }`, { id }, fx.side[s].officer.token),
      ).jobPosting.screeningFlags[0];
      return q(`mutation($input: ScreeningDecisionInput!) { screeningDecision(input: $input) { id code decision } }`, {
        input: { jobPostingId: id, code: flag.code, evidence: flag.evidence, decision: 'UPHOLD', reason: '矩阵裁定' },
      });
    },
  },
  dismissedScreeningPatterns: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: () => q(`{ dismissedScreeningPatterns { code evidence dismissed upheld } }`),
  },
  reportContent: {
    // Any seeker may report a public posting of either side.
    allow: roles(Role.JOB_SEEKER),
    call: (fx, s) =>
      q(`mutation($input: ReportContentInput!) { reportContent(input: $input) { id status text } }`, {
        input: { targetType: 'JOB_POSTING', targetId: fx.side[s].jobs.published, category: 'ABUSE', text: '矩阵' },
      }),
  },
  reports: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER, Role.EMPLOYER, Role.OFFICER, Role.ADMIN),
    call: async (fx) => {
      await oversightWorld(fx);
      return q(`{ reports { id status action text photos } }`);
    },
    // Seekers see their own reports; employers only decided ones about them; officers their region's.
    mine: (_fx, c, s) =>
      c.role === Role.JOB_SEEKER
        ? [openReportIds.get(s)!, decidedReportIds.get(s)!]
        : c.role === Role.EMPLOYER
          ? [decidedReportIds.get(s)!]
          : [openReportIds.get(s)!],
    foreign: (_fx, c) =>
      !c.side
        ? []
        : [
            openReportIds.get(otherSide(c.side))!,
            decidedReportIds.get(otherSide(c.side))!,
            ...(c.role === Role.EMPLOYER ? [openReportIds.get(c.side)!] : []),
          ],
  },
  resolveReport: {
    allow: OFFICER_OVER,
    call: async (fx, s) =>
      q(`mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id status action } }`, {
        input: { reportId: await newReport(fx, s), action: 'DISMISS', note: '矩阵处理' },
      }),
  },
  checkInsDue: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ checkInsDue { id day jobTitle } }`),
  },
  answerCheckIn: {
    allow: SEEKER_OWN,
    call: async (fx, s) =>
      q(`mutation($input: AnswerCheckInInput!) { answerCheckIn(input: $input) }`, {
        input: { checkInId: await dueCheckIn(fx, s), stillWorking: true, paidAsPromised: true },
      }),
  },
  employerCredit: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER, ADMIN),
    call: (fx, s) =>
      q(`query($e: ID!) { employerCredit(employerId: $e) { employerId score grade reasons { kind } } }`, {
        e: fx.side[s].employer.employerId,
      }),
  },
  fileLayoffPlan: {
    targetless: true,
    allow: roles(Role.EMPLOYER),
    call: () =>
      q(`mutation($input: LayoffPlanInput!) { fileLayoffPlan(input: $input) { id reportable onTime } }`, {
        input: { staffNow: 50, peopleToCut: 1, layoffDate: '2099-07-01', reasons: '矩阵', consulted: false },
      }),
  },
  layoffPlans: {
    targetless: true,
    allow: roles(Role.EMPLOYER, Role.OFFICER, Role.ADMIN),
    call: async (fx) => {
      await oversightWorld(fx);
      return q(`{ layoffPlans { id employerId reportable } }`);
    },
    mine: (_fx, c, s) => (c.role === Role.ADMIN ? [layoffIds.get('A')!] : [layoffIds.get(s)!]),
    foreign: (_fx, c) => (c.side ? [layoffIds.get(otherSide(c.side))!] : []),
  },
  unfiledLayoffSignals: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: () => q(`{ unfiledLayoffSignals { employerId rosterLeft postingsClosed } }`),
  },
  stableJobsRefund: {
    allow: anyOf(EMPLOYER_OWN, OFFICER_OVER, ADMIN),
    call: (fx, s) =>
      q(`query($e: ID!) { stableJobsRefund(employerId: $e, insuredStaff: 100) { eligible laidOff } }`, {
        e: fx.side[s].employer.employerId,
      }),
  },
  unemploymentWatch: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    call: (fx, s) =>
      q(`query($r: String) { unemploymentWatch(regionCode: $r, month: "2099-06") { regionCode level } }`, { r: fx.side[s].prefecture }),
  },
  policyPacks: {
    targetless: true,
    public: 'Policy pages are for everyone: the packs are published policy.',
    allow: EVERYONE,
    call: () => q(`{ policyPacks { id regionName rules { name amount citation { quote } } } }`),
  },
  policyPack: {
    targetless: true,
    public: "A region's policy page.",
    allow: EVERYONE,
    call: () => q(`{ policyPack(regionCode: "621002") { id rules { name } questions { key } } }`),
  },
  estimateSubsidies: {
    targetless: true,
    public: '"What would I get?" on the policy page: the answers are not stored.',
    allow: EVERYONE,
    call: () =>
      q(
        `{ estimateSubsidies(regionCode: "621002", answers: { groups: [GRADUATE], contractMonths: 12 }) { packId lines { ruleName amountYuan } } }`,
      ),
  },
  subsidyProposals: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: async (fx) => {
      await subsidyWorld(fx);
      return q(`{ subsidyProposals(first: 50) { edges { node { ${PROPOSAL_SEL} } } } }`);
    },
    mine: (_fx, c, s) => (c.role === Role.ADMIN ? [subsidyIds.get('A')!] : [subsidyIds.get(s)!]),
    foreign: (_fx, c) => (c.side ? [subsidyIds.get(otherSide(c.side))!] : []),
  },
  decideSubsidy: {
    allow: OFFICER_OVER,
    call: async (fx, s) =>
      q(`mutation($input: DecideSubsidyInput!) { decideSubsidy(input: $input) { id status } }`, {
        input: { ids: [await subsidyRow(fx, s)], decision: 'APPROVE' },
      }),
  },
  supplySubsidyItem: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) =>
      q(`mutation($input: SupplySubsidyItemInput!) { supplySubsidyItem(input: $input) { id status } }`, {
        input: { id: await subsidyRow(fx, s, 'INFO_REQUESTED'), text: '已补充' },
      }),
  },
  createSubsidyPaymentBatch: {
    allow: OFFICER_OVER,
    call: async (fx, s) =>
      q(`mutation($input: SubsidyPaymentBatchInput!) { createSubsidyPaymentBatch(input: $input) { id reference count } }`, {
        input: { regionCode: fx.side[s].county, ids: [await subsidyRow(fx, s, 'APPROVED')] },
      }),
  },
  subsidyPayments: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: () => q(`{ subsidyPayments { id reference totalYuan payments { reference } } }`),
  },
  subsidyPaymentExport: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    call: async (fx, s) => q(`query($b: ID!) { subsidyPaymentExport(batchId: $b) }`, { b: await subsidyBatch(fx, s) }),
  },
  mySubsidies: {
    targetless: true,
    allow: roles(Role.EMPLOYER, Role.JOB_SEEKER),
    call: async (fx) => {
      await subsidyWorld(fx);
      return q(`{ mySubsidies { pendingYuan proposals { ${PROPOSAL_SEL} } } }`);
    },
  },
  registerUnemployment: {
    // The side's seeker registered in the fixture world with this key: a second tap answers with that registration.
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await supportWorld(fx);
      return q(
        `mutation($input: RegisterUnemploymentInput!) { registerUnemployment(input: $input) { id idNumberMasked household { headName } } }`,
        {
          input: ownUnemploymentInput(fx, sideOf(c)),
        },
      );
    },
  },
  myUnemploymentRegistration: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx) => {
      await supportWorld(fx);
      return q(
        `{ myUnemploymentRegistration { id idNumberMasked household { id headName openCaseIds } supportCase { id followUps { note } } } }`,
      );
    },
    mine: (_fx, _c, s) => [support(s).ownRegistrationId],
    foreign: (_fx, c) => (c.side ? [support(otherSide(c.side)).ownRegistrationId, support(otherSide(c.side)).caseId] : []),
  },
  caseload: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: async (fx) => {
      await supportWorld(fx);
      return q(`{ caseload(filter: OPEN, first: 50) { totalCount edges { node { id person { fullName idNumberMasked phoneMasked } } } } }`);
    },
    mine: (_fx, c, s) => (c.role === Role.ADMIN ? [support('A').caseId, support('B').caseId] : [support(s).caseId]),
    foreign: (_fx, c) => (c.side ? [support(otherSide(c.side)).caseId] : []),
  },
  supportCase: {
    allow: anyOf(OFFICER_OVER, ADMIN),
    call: async (fx, s) => {
      await supportWorld(fx);
      return q(`query($id: ID!) { supportCase(id: $id) { ${SUPPORT_CASE_SEL} } }`, { id: support(s).caseId });
    },
  },
  logFollowUp: {
    allow: OFFICER_OVER,
    call: async (fx, s) => {
      await supportWorld(fx);
      return q(`mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { id status nextFollowUpDue } }`, {
        input: { caseId: support(s).caseId, contactedOn: chinaDay(), channel: 'VISIT', note: '矩阵走访', outcome: 'CONTINUING' },
      });
    },
  },
  zeroEmploymentHouseholds: {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    call: async (fx) => {
      await supportWorld(fx);
      return q(`{ zeroEmploymentHouseholds { id headName headIdNumberMasked openCaseIds } }`);
    },
    mine: (_fx, c, s) => (c.role === Role.ADMIN ? [support('A').householdId, support('B').householdId] : [support(s).householdId]),
    foreign: (_fx, c) => (c.side ? [support(otherSide(c.side)).householdId] : []),
  },
  registerGigPoster: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      const s = sideOf(c);
      return q(`mutation($input: RegisterGigPosterInput!) { registerGigPoster(input: $input) { realName idNumberMasked trusted } }`, {
        input: { realName: fx.side[s].seeker.fullName, idNumber: fx.side[s].seeker.idNumber, regionCode: fx.side[s].county },
      });
    },
  },
  myGigPoster: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ myGigPoster { realName idNumberMasked trusted } }`);
    },
  },
  createGig: {
    // A seeker posts as an individual (registered in the gig world); an officer or admin posts nothing.
    targetless: true,
    allow: roles(Role.EMPLOYER, Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      return q(`mutation($input: GigInput!) { createGig(input: $input) { id status } }`, { input: gigInput(fx, sideOf(c)) });
    },
  },
  updateGig: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($id: ID!, $input: GigInput!) { updateGig(id: $id, input: $input) { id status title } }`, {
        id: await freshGig(fx, s),
        input: gigInput(fx, s, { title: '矩阵改过的零工' }),
      });
    },
  },
  cancelGig: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($id: ID!) { cancelGig(id: $id, reason: "矩阵取消") { id status } }`, { id: await freshGig(fx, s) });
    },
  },
  gig: {
    public: 'a published gig is public (shared links, the station screen); its QR code and workers are gated per field',
    allow: EVERYONE,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`query($id: ID!) { gig(id: $id) { ${GIG_SEL} } }`, { id: gigSide(s).gigId });
    },
  },
  gigsNearby: {
    targetless: true,
    public: 'gigs near a point are published gigs only (the station screen, people without an account)',
    allow: EVERYONE,
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      return q(
        `query($lat: Float!, $lng: Float!) { gigsNearby(lat: $lat, lng: $lng, radiusKm: 5) { id title distanceMeters posterName } }`,
        GIG_SITE[sideOf(c)],
      );
    },
  },
  postedGigs: {
    targetless: true,
    allow: roles(Role.EMPLOYER, Role.JOB_SEEKER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ postedGigs(first: 50) { id title status } }`);
    },
    mine: (_fx, c, s) => (c.role === Role.EMPLOYER ? [gigSide(s).gigId] : [gigSide(s).posterGigId]),
    foreign: (_fx, c) => (c.side ? [gigSide(otherSide(c.side)).gigId, gigSide(otherSide(c.side)).posterGigId] : []),
  },
  gigReviewQueue: {
    targetless: true,
    allow: roles(Role.OFFICER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ gigReviewQueue(first: 50) { id title belowMinimumWage } }`);
    },
    mine: (_fx, _c, s) => [gigSide(s).posterGigId],
    foreign: (_fx, c) => (c.side ? [gigSide(otherSide(c.side)).posterGigId] : []),
  },
  reviewGig: {
    allow: OFFICER_OVER,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($id: ID!) { reviewGig(id: $id, approve: false, reason: "工钱低于最低工资") { id status } }`, {
        id: await freshPendingGig(fx, s),
      });
    },
  },
  saveGigPreferences: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: (_fx, _s, c) =>
      q(`mutation($input: GigPreferencesInput!) { saveGigPreferences(input: $input) { enabled maxDistanceKm } }`, {
        input: { enabled: true, ...GIG_SITE[sideOf(c)], maxDistanceKm: 10, weekdays: [1, 2, 3, 4, 5, 6, 7], skills: [] },
      }),
  },
  myGigPreferences: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: () => q(`{ myGigPreferences { enabled lat lng } }`),
  },
  acceptGig: {
    // Any worker may take a place on any published gig; not its poster.
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($id: ID!) { acceptGig(gigId: $id) { ${GIG_PLACE_SEL} } }`, { id: await freshGig(fx, s) });
    },
  },
  withdrawFromGig: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      const id = await freshGig(fx, sideOf(c));
      if (c.role === Role.JOB_SEEKER) ok(await fx.t.gql(`mutation($id: ID!) { acceptGig(gigId: $id) { id } }`, { id }, c.token));
      return q(`mutation($id: ID!) { withdrawFromGig(gigId: $id) { ${GIG_PLACE_SEL} } }`, { id });
    },
  },
  myGigs: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ myGigs(first: 50) { ${GIG_PLACE_SEL} attendance { minutes } } }`);
    },
    mine: (_fx, _c, s) => [gigSide(s).assignmentId],
    foreign: (_fx, c) => (c.side ? [gigSide(otherSide(c.side)).assignmentId] : []),
  },
  checkIn: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      const gigId = await freshGig(fx, sideOf(c));
      if (c.role === Role.JOB_SEEKER) ok(await fx.t.gql(`mutation($id: ID!) { acceptGig(gigId: $id) { id } }`, { id: gigId }, c.token));
      return q(`mutation($input: GigCheckInput!) { checkIn(input: $input) { id workDate } }`, {
        input: { gigId, qrCode: await qrOf(fx, gigId) },
      });
    },
  },
  checkOut: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx, _s, c) => {
      await gigWorld(fx);
      const gigId = await freshGig(fx, sideOf(c));
      const qr = await qrOf(fx, gigId);
      if (c.role === Role.JOB_SEEKER) {
        ok(await fx.t.gql(`mutation($id: ID!) { acceptGig(gigId: $id) { id } }`, { id: gigId }, c.token));
        ok(await fx.t.gql(`mutation($input: GigCheckInput!) { checkIn(input: $input) { id } }`, { input: { gigId, qrCode: qr } }, c.token));
      }
      return q(`mutation($input: GigCheckInput!) { checkOut(input: $input) { id minutes } }`, { input: { gigId, qrCode: qr } });
    },
  },
  confirmAttendance: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($input: ConfirmAttendanceInput!) { confirmAttendance(input: $input) { id minutes confirmedAt } }`, {
        input: { attendanceId: (await workedPlace(fx, s)).attendanceId, minutes: 480 },
      });
    },
  },
  markGigPaid: {
    allow: EMPLOYER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($input: MarkGigPaidInput!) { markGigPaid(input: $input) { ${GIG_PLACE_SEL} } }`, {
        input: { assignmentId: (await workedPlace(fx, s)).assignmentId, amountYuan: 200, method: 'WECHAT' },
      });
    },
  },
  confirmGigPay: {
    allow: SEEKER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($id: ID!) { confirmGigPay(assignmentId: $id) { ${GIG_PLACE_SEL} } }`, {
        id: (await paidPlace(fx, s)).assignmentId,
      });
    },
  },
  disputeGigPay: {
    allow: SEEKER_OWN,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($input: DisputeGigPayInput!) { disputeGigPay(input: $input) { ${GIG_PLACE_SEL} } }`, {
        input: { assignmentId: (await paidPlace(fx, s)).assignmentId, reason: '矩阵异议' },
      });
    },
  },
  resolveGigDispute: {
    allow: OFFICER_OVER,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($input: ResolveGigDisputeInput!) { resolveGigDispute(input: $input) { ${GIG_PLACE_SEL} disputeOutcome } }`, {
        input: { assignmentId: (await disputedPlace(fx, s)).assignmentId, outcome: 'PAID_IN_FULL', note: '矩阵处理' },
      });
    },
  },
  rateGig: {
    allow: anyOf(SEEKER_OWN, EMPLOYER_OWN),
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`mutation($input: RateGigInput!) { rateGig(input: $input) { ${GIG_PLACE_SEL} ratedByMe } }`, {
        input: { assignmentId: (await workedPlace(fx, s)).assignmentId, onTime: true, asAgreed: true, stars: 5 },
      });
    },
  },
  gigAlerts: {
    targetless: true,
    allow: roles(Role.OFFICER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ gigAlerts(first: 50) { id kind gig { id } assignment { id workerName attendance { minutes } } } }`);
    },
    mine: (_fx, _c, s) => [gigSide(s).alertId],
    foreign: (_fx, c) => (c.side ? [gigSide(otherSide(c.side)).alertId] : []),
  },
  myGigRecord: {
    targetless: true,
    allow: roles(Role.JOB_SEEKER),
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ myGigRecord { days gigs earningsConfirmedYuan entries { gigId title } } }`);
    },
  },
  gigStations: {
    targetless: true,
    public: 'gig stations are public places (a QR at the station, the station screen)',
    allow: EVERYONE,
    call: async (fx) => {
      await gigWorld(fx);
      return q(`{ gigStations { id name contactPhone } }`);
    },
  },
  gigStation: {
    public: 'a gig station is a public place',
    allow: EVERYONE,
    call: async (fx, s) => {
      await gigWorld(fx);
      return q(`query($id: ID!) { gigStation(id: $id) { id name contactPhone } }`, { id: gigSide(s).stationId });
    },
  },
  createGigStation: {
    allow: OFFICER_OVER,
    call: (fx, s) =>
      q(`mutation($input: GigStationInput!) { createGigStation(input: $input) { id } }`, {
        input: {
          regionCode: fx.side[s].county,
          name: '矩阵新驿站',
          address: '矩阵地址',
          ...GIG_SITE[s],
          openingHours: '6:00—18:00',
          services: [],
          contactPhone: '0930-7654321',
        },
      }),
  },
  regionStatistics: [
    {
      // A prefecture's figures: its officers and admins; the other side's officer is refused (FORBIDDEN on regionCode).
      variant: "side s's prefecture",
      allow: anyOf(OFFICER_OVER, ADMIN),
      call: (fx, s) =>
        q(
          `query($r: String!) { regionStatistics(regionCode: $r, period: MONTH) { region { code } total { applications hires projects } children { region { code } total { applications } } } }`,
          { r: fx.side[s].prefecture },
        ),
      mine: (fx, _c, s) => [fx.side[s].prefecture],
    },
    {
      // The province above both sides: admins only; an officer cannot read above its own region.
      variant: 'the province',
      targetless: true,
      allow: ADMIN,
      call: () => q(`{ regionStatistics(regionCode: "620000") { region { code } total { applications } } }`),
    },
  ],
};

/* ------------------------------------------------------------------------------------------------ sockets */

interface SocketOutcome {
  ok: boolean;
  code?: string;
  message?: string;
  payload?: unknown;
}

/** Connects as the caller, emits one event with an ack; a refused handshake (an `error` event, a disconnect) is a refusal too. */
async function emitAs(fx: AccessFixture, c: Caller, namespace: string, event: string, body: unknown): Promise<SocketOutcome> {
  const socket = io(`${fx.t.url}${namespace}`, {
    auth: c.token ? { token: c.token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    const ready = await new Promise<SocketOutcome | null>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, code: 'NO_READY', message: 'no ready within 5 s' }), 5000);
      const done = (v: SocketOutcome | null) => (clearTimeout(timer), resolve(v));
      socket.once('ready', () => done(null));
      socket.once('error', (e: { code?: string; message?: string }) => done({ ok: false, code: e?.code ?? 'ERROR', message: e?.message }));
      socket.once('connect_error', (e: Error) => done({ ok: false, code: 'UNAUTHENTICATED', message: e.message }));
      socket.once('disconnect', () => done({ ok: false, code: 'UNAUTHENTICATED', message: 'disconnected' }));
    });
    if (ready) return ready;
    const ack = (await socket.timeout(5000).emitWithAck(event, body)) as { ok?: boolean; code?: string; message?: string };
    return { ok: ack?.ok === true, code: ack?.code, message: ack?.message, payload: ack };
  } catch (e) {
    return { ok: false, code: 'NO_ACK', message: (e as Error).message };
  } finally {
    socket.disconnect();
  }
}

/**
 * The realtime namespaces' privileged events, checked like operations (they are not in the schema): watching a
 * project's live figures, a bureau's dashboard, and a room host's console actions (in rooms that are live).
 */
const SOCKET_OPS: Record<string, Entry | Entry[]> = {
  'socket /projects project.watch': {
    allow: MANAGERS,
    emit: (fx, s, c) => emitAs(fx, c, '/projects', 'project.watch', { projectId: fx.side[s].project }),
  },
  'socket /projects dashboard.watch': {
    targetless: true,
    allow: roles(Role.OFFICER, Role.ADMIN),
    emit: (fx, _s, c) => emitAs(fx, c, '/projects', 'dashboard.watch', {}),
  },
  ...Object.fromEntries(
    (['host.pin', 'host.unpin'] as const).map((event) => [
      `socket /live ${event}`,
      (['employer', 'officer'] as const).map((host): Entry => ({
        variant: `${host}'s live room`,
        allow: HOST_OF[host],
        emit: (fx, s, c) =>
          emitAs(fx, c, '/live', event, {
            roomId: fx.side[s].rooms.live[host],
            ...(event === 'host.pin' ? { jobPostingId: fx.side[s].jobs.published } : {}),
          }),
      })),
    ]),
  ),
};

/* ------------------------------------------------------------------------------------------------ the run */

const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'NOT_HOST']);
const CONCURRENCY = 8;
/** How many leaks and failures the summary lists. */
const LIST_LIMIT = 200;

interface Cell {
  op: string;
  entry: Entry;
  caller: Caller;
  side: Side;
  label: string;
}
interface Finding {
  cell: string;
  what: string;
}

/**
 * Fields gated per caller that markers cannot catch (a count, a list): a posting's application count and fair-hiring
 * flags are for its owner and the officers over it only (empty for everyone else).
 */
function gatedFields(fx: AccessFixture, body: unknown): { field: string; side: Side; entitled: CallerName[] }[] {
  const found: { field: string; side: Side; entitled: CallerName[] }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const side = typeof o.id === 'string' ? fx.jobSide.get(o.id) : undefined;
    if (side) {
      const entitled: CallerName[] = [`employer${side}`, `officer${side}`];
      if (o.applicationCount != null) found.push({ field: 'applicationCount', side, entitled });
      if (Array.isArray(o.screeningFlags) && o.screeningFlags.length) found.push({ field: 'screeningFlags', side, entitled });
    }
    Object.values(o).forEach(walk);
  };
  walk(body);
  return found;
}

/** What one call answered. */
interface Outcome {
  /** No error, and data. */
  answered: boolean;
  /** The operation's own field is not null (data next to an error counts as data). */
  hasData: boolean;
  codes: string[];
  message?: string;
  data?: unknown;
  /** The whole response as JSON. */
  text: string;
}

/** The verdict on one cell: leaks (a refusal that did not happen, someone else's object listed) and other failures. */
function judge(fx: AccessFixture, entry: Entry, caller: Caller, side: Side, o: Outcome): { leaks: string[]; failures: string[] } {
  const leaks: string[] = [];
  const failures: string[] = [];
  if (entry.allow(caller, side)) {
    if (!o.answered) failures.push(`expected success, got ${o.codes.join(',')}: ${o.message ?? ''}`);
    for (const id of entry.foreign?.(fx, caller) ?? []) {
      if (o.text.includes(id)) leaks.push(`lists ${id}, which is not for this caller`);
    }
    const missing = o.answered ? (entry.mine?.(fx, caller, side) ?? []).filter((id) => !o.text.includes(id)) : [];
    if (missing.length) failures.push(`does not list the caller's own ${missing.join(', ')} (the scope check would pass vacuously)`);
  } else if (o.answered || o.hasData) {
    if (!(o.answered && entry.refusedData?.(o.data))) leaks.push(`answered with data: ${o.text.slice(0, 200)}`);
  } else if (!o.codes.some((c) => REFUSALS.has(c))) {
    failures.push(`refused with ${o.codes.join(',')} instead of FORBIDDEN / NOT_FOUND / UNAUTHENTICATED`);
  }
  return { leaks, failures };
}

/** Field level: every response that carries a marker to a caller not entitled to it; and which markers someone entitled saw. */
function scanMarkers(
  markers: readonly Marker[],
  responses: readonly { cell: string; caller: CallerName; text: string }[],
): { leaks: Finding[]; seen: Set<string> } {
  const leaks: Finding[] = [];
  const seen = new Set<string>();
  for (const r of responses) {
    for (const m of markers) {
      if (!r.text.includes(m.value)) continue;
      if (m.entitled.has(r.caller)) seen.add(m.value);
      else leaks.push({ cell: r.cell, what: `shows ${m.label}` });
    }
  }
  return { leaks, seen };
}

async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < items.length) await work(items[i++]);
    }),
  );
}

function schemaOperations(t: TestApp): string[] {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
}

describe('access matrix (generated from the schema)', () => {
  let t: TestApp;
  let fx: AccessFixture;
  let fixtureSeconds = '';

  beforeAll(async () => {
    t = await createTestApp();
    const began = Date.now();
    fx = await buildAccessFixture(t);
    fixtureSeconds = ((Date.now() - began) / 1000).toFixed(1);
    for (const s of ['A', 'B'] as Side[])
      fx.mark(paymentNote(s), `labour payment note on project ${s}`, [`employer${s}`, `officer${s}`, 'admin']);
  }, 180_000);
  afterAll(() => t?.close());

  it('classifies every query and mutation of the schema (public ones with a reason)', () => {
    const ops = schemaOperations(t);
    const unclassified = ops.filter((o) => !OPS[o]);
    const stale = Object.keys(OPS).filter((o) => !ops.includes(o));
    const unexplained = Object.entries(OPS).flatMap(([o, e]) =>
      ([] as Entry[])
        .concat(e)
        .filter((x) => x.allow === EVERYONE && !x.public)
        .map(() => o),
    );
    expect({ unclassified, stale, unexplained }).toEqual({ unclassified: [], stale: [], unexplained: [] });
  });

  it('tells a leak when it sees one (the judge and the scan, on made-up answers)', () => {
    const [seekerA, employerA] = [fx.callers.seekerA, fx.callers.employerA];
    const entry: Entry = {
      allow: EMPLOYER_OWN,
      foreign: (f, c) => otherSides(f, c, (w) => [w.project]),
      mine: (f, c) => ownSides(f, c, (w) => [w.project]),
    };
    const refused: Outcome = { answered: false, hasData: false, codes: ['FORBIDDEN'], text: '{}' };
    const answered = (text: string, data: unknown = {}): Outcome => ({ answered: true, hasData: true, codes: [], data, text });
    expect(judge(fx, entry, seekerA, 'A', refused)).toEqual({ leaks: [], failures: [] });
    expect(judge(fx, entry, seekerA, 'A', answered('{"x":1}')).leaks).toHaveLength(1);
    expect(judge(fx, entry, seekerA, 'A', { ...refused, hasData: true }).leaks).toHaveLength(1); // data beside an error
    expect(judge(fx, entry, seekerA, 'A', { ...refused, codes: ['VALIDATION_FAILED'] }).failures).toHaveLength(1);
    expect(judge(fx, { ...entry, refusedData: (d) => d === 0 }, seekerA, 'A', answered('0', 0))).toEqual({ leaks: [], failures: [] });
    expect(judge(fx, entry, employerA, 'A', answered(fx.side.A.project))).toEqual({ leaks: [], failures: [] });
    expect(judge(fx, entry, employerA, 'A', answered(`${fx.side.A.project} ${fx.side.B.project}`)).leaks).toHaveLength(1);
    expect(judge(fx, entry, employerA, 'A', answered('[]')).failures).toHaveLength(1); // its own project missing
    expect(judge(fx, entry, employerA, 'A', refused).failures).toHaveLength(1);
    const marker: Marker = { value: '13912345678', label: 'a phone', entitled: new Set<CallerName>(['employerA']) };
    const responses = [
      { cell: 'x', caller: 'employerA' as CallerName, text: '"13912345678"' },
      { cell: 'y', caller: 'employerB' as CallerName, text: '"139****5678 13912345678"' },
    ];
    expect(scanMarkers([marker], responses)).toEqual({ leaks: [{ cell: 'y', what: 'shows a phone' }], seen: new Set(['13912345678']) });
  });

  it('refuses every call on what the caller does not own or oversee, allows it on its own, and leaks no field', async () => {
    const started = Date.now();
    const fixtureMarkers = [...fx.markers];
    const cells: Cell[] = [];
    const socketOps = Object.keys(SOCKET_OPS);
    for (const op of [...schemaOperations(t), ...socketOps]) {
      for (const entry of ([] as Entry[]).concat(OPS[op] ?? SOCKET_OPS[op] ?? [])) {
        for (const name of CALLER_NAMES) {
          const caller = fx.callers[name];
          const own = sideOf(caller);
          for (const side of entry.targetless ? [own] : [own, otherSide(own)]) {
            const target = entry.targetless ? '' : caller.side ? (side === caller.side ? ' on own' : ' on other’s') : ` on ${side}`;
            cells.push({ op, entry, caller, side, label: `${op}${entry.variant ? ` (${entry.variant})` : ''} as ${name}${target}` });
          }
        }
      }
    }

    const leaks: Finding[] = [];
    const failures: Finding[] = [];
    const responses: { cell: string; caller: CallerName; text: string; body: unknown }[] = [];
    const spent = new Map<string, number>();
    const spare = spareTargets(fx);
    await pool(cells, CONCURRENCY, async (cell) => {
      const began = Date.now();
      try {
        await runCell(cell);
      } finally {
        spent.set(cell.op, (spent.get(cell.op) ?? 0) + Date.now() - began);
      }
    });
    async function runCell(cell: Cell) {
      const { entry, side } = cell;
      const expected = entry.allow(cell.caller, side);
      let body: unknown;
      let codes: string[];
      let message: string | undefined;
      let answered: boolean;
      let hasData: boolean;
      let data: unknown;
      try {
        let caller = cell.caller;
        if (entry.standIn && expected) caller = await fx.fresh.standIn(caller);
        if (entry.emit) {
          const r = await entry.emit(fx, side, caller);
          body = r.payload ?? r;
          codes = r.code && !r.ok ? [r.code] : [];
          message = r.message;
          answered = hasData = r.ok;
        } else {
          const call = await entry.call!(fx, side, caller, expected ? fx.fresh : spare);
          const r = await t.gql(call.query, call.variables, caller.token);
          body = { data: r.data, errors: r.errors };
          codes = (r.errors ?? []).map((e) => e.extensions?.code ?? '?');
          message = r.errors?.[0]?.message;
          answered = !r.errors?.length && r.data != null;
          hasData = r.data?.[cell.op] != null;
          data = r.data;
          if (r.status >= 500) failures.push({ cell: cell.label, what: `HTTP ${r.status} ${codes.join(',')}` });
        }
      } catch (e) {
        failures.push({ cell: cell.label, what: `setup failed: ${(e as Error).message.slice(0, 300)}` });
        return;
      }
      const text = JSON.stringify(body);
      responses.push({ cell: cell.label, caller: cell.caller.name, text, body });
      const verdict = judge(fx, entry, cell.caller, side, { answered, hasData, codes, message, data, text });
      verdict.leaks.forEach((what) => leaks.push({ cell: cell.label, what }));
      verdict.failures.forEach((what) => failures.push({ cell: cell.label, what }));
    }

    // Field-level: no response carries a marker to a caller not entitled to it. And the scan is not vacuous: every
    // marker of the fixture that someone may read does reach one of those entitled (the selections ask for it).
    const { leaks: fieldLeaks, seen } = scanMarkers(fx.markers, responses);
    leaks.push(...fieldLeaks);
    const gatesSeen = new Set<string>();
    for (const r of responses) {
      for (const g of gatedFields(fx, r.body)) {
        if (g.entitled.includes(r.caller)) gatesSeen.add(g.field);
        else leaks.push({ cell: r.cell, what: `shows the ${g.field} of a side ${g.side} posting` });
      }
    }
    const unseen = [
      ...fixtureMarkers.filter((m) => m.entitled.size && !m.unseen && !seen.has(m.value)).map((m) => m.label),
      ...['applicationCount', 'screeningFlags'].filter((f) => !gatesSeen.has(f)).map((f) => `JobPosting.${f}`),
    ];

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const ops = new Set(cells.map((c) => c.op).filter((o) => !socketOps.includes(o))).size;
    console.log(
      [
        `RESULT access cells=${cells.length} leaks=${leaks.length}`,
        `  ${ops} schema operations and ${socketOps.length} socket events × ${CALLER_NAMES.length} callers × own/other target (one cell per caller for target-less ones); ${fx.markers.length} field markers; ${failures.length} other failures`,
        `  fixture ${fixtureSeconds} s, matrix ${seconds} s (${CONCURRENCY} at a time); slowest: ${[...spent]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([o, ms]) => `${o} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}`,
        ...leaks.slice(0, LIST_LIMIT).map((l) => `  LEAK ${l.cell}: ${l.what}`),
        ...failures.slice(0, LIST_LIMIT).map((f) => `  FAIL ${f.cell}: ${f.what}`),
        ...unseen.map((u) => `  NEVER SEEN (not even by those entitled): ${u}`),
      ].join('\n'),
    );
    expect(leaks).toEqual([]);
    expect(failures).toEqual([]);
    expect(unseen).toEqual([]);
  }, 180_000);
});
