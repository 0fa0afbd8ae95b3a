import { ModulesContainer } from '@nestjs/core';
import { Role } from '@jobbridge/contracts';
import { createTestApp, errorOf, makeEmployer, makeOfficer, makeSeeker, makeStaff, Session, TestApp } from '@jobbridge/testing';
import { ACCESS_KEY } from '../src/common/auth/access.decorators';

/** Who may call what: every role against every operation's gate (the data scoping is tested per feature). */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const UUID = '00000000-0000-4000-8000-000000000000';

type Caller = 'anonymous' | Role;
const ALL: Caller[] = ['anonymous', Role.JOB_SEEKER, Role.EMPLOYER, Role.OFFICER, Role.ADMIN];

// [operation, document, allowed callers]. Arguments are well-formed but point at nothing, so an allowed caller gets past
// the gate and fails later (NOT_FOUND, FORBIDDEN on data, validation) — never UNAUTHENTICATED or a role FORBIDDEN.
const OPERATIONS: [string, string, Caller[]][] = [
  ['myEmployer', `{ myEmployer { id } }`, [Role.EMPLOYER]],
  ['employersForReview', `{ employersForReview { id } }`, [Role.OFFICER]],
  ['employersInRegion', `{ employersInRegion(keyword: "x") { id } }`, [Role.OFFICER]],
  ['myJobSeekerProfile', `{ myJobSeekerProfile { id } }`, [Role.JOB_SEEKER]],
  ['myJobPostings', `{ myJobPostings { totalCount } }`, [Role.EMPLOYER]],
  ['reviewQueue', `{ reviewQueue { totalCount } }`, [Role.OFFICER]],
  ['myApplications', `{ myApplications { totalCount } }`, [Role.JOB_SEEKER]],
  ['applicationsForJob', `{ applicationsForJob(jobPostingId: "${UUID}") { totalCount } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['recommendedJobs', `{ recommendedJobs { score } }`, [Role.JOB_SEEKER]],
  ['matchCandidates', `{ matchCandidates(jobPostingId: "${UUID}") { score } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['mySavedSearches', `{ mySavedSearches { id } }`, [Role.JOB_SEEKER]],
  ['mySearchAlerts', `{ mySearchAlerts { id } }`, [Role.JOB_SEEKER]],
  ['saveSearch', `mutation { saveSearch(input: { name: "x", criteria: { regionCode: "999999" } }) { id } }`, [Role.JOB_SEEKER]],
  ['deleteSavedSearch', `mutation { deleteSavedSearch(id: "${UUID}") }`, [Role.JOB_SEEKER]],
  ['markSearchAlertsRead', `mutation { markSearchAlertsRead(ids: []) }`, [Role.JOB_SEEKER]],
  [
    'createOfficer',
    `mutation { createOfficer(input: { phone: "13800009999", password: "Passw0rd!2026", displayName: "x", regionCode: "622900" }) { id } }`,
    [Role.ADMIN],
  ],
  [
    'saveEmployerProfile',
    `mutation { saveEmployerProfile(input: { name: "某公司", creditCode: "x", regionCode: "622921", industry: "x", size: SME, contactName: "x", contactPhone: "13900000000" }) { id } }`,
    [Role.EMPLOYER],
  ],
  ['teamMembers', `{ teamMembers { id } }`, [Role.EMPLOYER]],
  ['inviteTeamMember', `mutation { inviteTeamMember(input: { phone: "13700000999" }) { id } }`, [Role.EMPLOYER]],
  ['removeTeamMember', `mutation { removeTeamMember(id: "${UUID}") }`, [Role.EMPLOYER]],
  ['verifyEmployer', `mutation { verifyEmployer(employerId: "${UUID}", status: VERIFIED) { id } }`, [Role.OFFICER]],
  [
    'saveJobSeekerProfile',
    `mutation { saveJobSeekerProfile(input: { fullName: "x", hukouRegionCode: "999999" }) { id } }`,
    [Role.JOB_SEEKER],
  ],
  [
    'createJobPosting',
    `mutation { createJobPosting(input: { title: "x", description: "x", occupation: "x", headcount: 0, payMin: 1, payMax: 1, workRegionCode: "x", kind: GIG }) { id } }`,
    [Role.EMPLOYER],
  ],
  [
    'updateJobPosting',
    `mutation { updateJobPosting(id: "${UUID}", input: { title: "x", description: "x", occupation: "x", headcount: 0, payMin: 1, payMax: 1, workRegionCode: "x", kind: GIG }) { id } }`,
    [Role.EMPLOYER],
  ],
  ['submitJobPosting', `mutation { submitJobPosting(id: "${UUID}") { id } }`, [Role.EMPLOYER]],
  ['reviewJobPosting', `mutation { reviewJobPosting(id: "${UUID}", approve: true) { id } }`, [Role.OFFICER]],
  ['closeJobPosting', `mutation { closeJobPosting(id: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['withdrawJobPosting', `mutation { withdrawJobPosting(id: "${UUID}") { id } }`, [Role.EMPLOYER]],
  ['submitApplication', `mutation { submitApplication(input: { jobPostingId: "${UUID}" }) { id } }`, [Role.JOB_SEEKER]],
  ['withdrawApplication', `mutation { withdrawApplication(id: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['moveApplication', `mutation { moveApplication(input: { applicationId: "${UUID}", toStatus: VIEWED }) { id } }`, [Role.EMPLOYER]],
  ['projects', `{ projects { totalCount } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['project', `{ project(id: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  [
    'previewProjectHire',
    `{ previewProjectHire(input: { projectId: "${UUID}", hukouRegionCode: "622921" }) { breaches } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  [
    'createProject',
    `mutation { createProject(input: { name: "x", regionCode: "999999", kind: OTHER, plannedWorkforce: 1, startDate: "2026-01-01" }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  [
    'updateProject',
    `mutation { updateProject(id: "${UUID}", input: { name: "xx", regionCode: "622921", kind: OTHER, plannedWorkforce: 1, startDate: "2026-01-01" }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  [
    'addProjectWorker',
    `mutation { addProjectWorker(input: { projectId: "${UUID}", fullName: "x", idNumber: "x", hukouRegionCode: "x", trade: "x", startDate: "x" }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  ['endProjectWorker', `mutation { endProjectWorker(input: { workerId: "${UUID}" }) { id } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  [
    'importProjectWorkers',
    `mutation { importProjectWorkers(input: { projectId: "${UUID}", csv: "" }) { imported } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  [
    'createLiveRoom',
    `mutation { createLiveRoom(input: { title: "x", scheduledStart: "2026-12-01T10:00:00Z", jobPostingIds: [] }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER],
  ],
  [
    'updateLiveRoom',
    `mutation { updateLiveRoom(id: "${UUID}", input: { title: "直播", scheduledStart: "2026-12-01T10:00:00Z", jobPostingIds: ["${UUID}"] }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER],
  ],
  ['startLiveRoom', `mutation { startLiveRoom(id: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['endLiveRoom', `mutation { endLiveRoom(id: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['myLiveRooms', `{ myLiveRooms { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['liveRoomStats', `{ liveRoomStats(id: "${UUID}") { roomId } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['liveRoomQuestions', `{ liveRoomQuestions(id: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['answerJobFaq', `mutation { answerJobFaq(input: { id: "${UUID}", answer: "x" }) { id } }`, [Role.EMPLOYER]],
  [
    'recordLabourPayment',
    `mutation { recordLabourPayment(input: { projectId: "${UUID}", paidOn: "2026-01-01", amount: "1" }) { id } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  ['auditLog', `{ auditLog(first: 1) { totalCount } }`, [Role.OFFICER, Role.ADMIN]],
  ['auditLogCsv', `{ auditLogCsv { rows } }`, [Role.OFFICER, Role.ADMIN]],
  ['setUserStatus', `mutation { setUserStatus(userId: "${UUID}", status: SUSPENDED) { id } }`, [Role.ADMIN]],
  ['setOfficerRegion', `mutation { setOfficerRegion(userId: "${UUID}", regionCode: "622900") { id } }`, [Role.ADMIN]],
  [
    'createJobFair',
    `mutation { createJobFair(input: { name: "xx", campaign: OTHER, regionCode: "999999", mode: ONLINE, boothApplyFrom: "2030-01-01T00:00:00Z", boothApplyUntil: "2030-01-02T00:00:00Z", startDate: "2030-01-10", endDate: "2030-01-11", opensAt: "09:00", closesAt: "17:00", boothCapacity: 10, answerWindowSeconds: 60, maxQueuesPerSeeker: 3 }) { id } }`,
    [Role.OFFICER],
  ],
  [
    'updateJobFair',
    `mutation { updateJobFair(id: "${UUID}", input: { name: "xx", campaign: OTHER, regionCode: "999999", mode: ONLINE, boothApplyFrom: "2030-01-01T00:00:00Z", boothApplyUntil: "2030-01-02T00:00:00Z", startDate: "2030-01-10", endDate: "2030-01-11", opensAt: "09:00", closesAt: "17:00", boothCapacity: 10, answerWindowSeconds: 60, maxQueuesPerSeeker: 3 }) { id } }`,
    [Role.OFFICER],
  ],
  ['publishJobFair', `mutation { publishJobFair(id: "${UUID}") { id } }`, [Role.OFFICER]],
  ['startJobFair', `mutation { startJobFair(id: "${UUID}") { id } }`, [Role.OFFICER]],
  ['endJobFair', `mutation { endJobFair(id: "${UUID}") { id } }`, [Role.OFFICER]],
  ['jobFairStats', `{ jobFairStats(fairId: "${UUID}") { registered } }`, [Role.OFFICER, Role.ADMIN]],
  ['jobFairHistory', `{ jobFairHistory(fairId: "${UUID}") { fair { id } } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'applyForBooth',
    `mutation { applyForBooth(input: { fairId: "${UUID}", intro: "介绍", jobPostingIds: ["${UUID}"], staffUserIds: ["${UUID}"] }) { id } }`,
    [Role.EMPLOYER],
  ],
  ['reviewBooth', `mutation { reviewBooth(input: { boothId: "${UUID}", approve: true }) { id } }`, [Role.OFFICER]],
  ['registerForFair', `mutation { registerForFair(fairId: "${UUID}") }`, [Role.JOB_SEEKER]],
  ['joinBoothQueue', `mutation { joinBoothQueue(input: { boothId: "${UUID}" }) { id } }`, [Role.JOB_SEEKER]],
  ['leaveBoothQueue', `mutation { leaveBoothQueue(ticketId: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['myQueueTickets', `{ myQueueTickets { id } }`, [Role.JOB_SEEKER]],
  ['acceptTalk', `mutation { acceptTalk(ticketId: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['requestCallback', `mutation { requestCallback(input: { boothId: "${UUID}", message: "请回电" }) { id } }`, [Role.JOB_SEEKER]],
  ['callNextTicket', `mutation { callNextTicket(boothId: "${UUID}") { id } }`, [Role.EMPLOYER]],
  ['endTalk', `mutation { endTalk(input: { ticketId: "${UUID}", outcome: NOT_SUITABLE }) { id } }`, [Role.EMPLOYER]],
  ['boothQueue', `{ boothQueue(boothId: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['boothCallbacks', `{ boothCallbacks(boothId: "${UUID}") { id } }`, [Role.EMPLOYER, Role.OFFICER]],
  ['answerCallback', `mutation { answerCallback(id: "${UUID}") { id } }`, [Role.EMPLOYER]],
  [
    'createFairForProject',
    `mutation { createFairForProject(input: { projectId: "${UUID}", startDate: "2030-01-10", endDate: "2030-01-11" }) { id } }`,
    [Role.OFFICER],
  ],
  ['myFairInvitations', `{ myFairInvitations { id } }`, [Role.JOB_SEEKER]],
  ['checkInAtFair', `mutation { checkInAtFair(fairId: "${UUID}", code: "x") }`, [Role.JOB_SEEKER]],
  ['fairCheckInCode', `{ fairCheckInCode(fairId: "${UUID}") }`, [Role.OFFICER, Role.ADMIN]],
  [
    'attachLiveRoomToFair',
    `mutation { attachLiveRoomToFair(liveRoomId: "${UUID}", fairId: "${UUID}") { id } }`,
    [Role.EMPLOYER, Role.OFFICER],
  ],
  ['regionStatistics', `{ regionStatistics(regionCode: "622900") { from } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'screeningDecision',
    `mutation { screeningDecision(input: { jobPostingId: "${UUID}", code: "AGE_RESTRICTION", evidence: "x", decision: UPHOLD, reason: "r" }) { id } }`,
    [Role.OFFICER],
  ],
  ['dismissedScreeningPatterns', `{ dismissedScreeningPatterns { code } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'reportContent',
    `mutation { reportContent(input: { targetType: JOB_POSTING, targetId: "${UUID}", category: FEES, text: "x" }) { id } }`,
    [Role.JOB_SEEKER],
  ],
  ['reports', `{ reports { id } }`, [Role.JOB_SEEKER, Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['resolveReport', `mutation { resolveReport(input: { reportId: "${UUID}", action: WARN, note: "x" }) { id } }`, [Role.OFFICER]],
  ['checkInsDue', `{ checkInsDue { id } }`, [Role.JOB_SEEKER]],
  [
    'answerCheckIn',
    `mutation { answerCheckIn(input: { checkInId: "${UUID}", stillWorking: true, paidAsPromised: true }) }`,
    [Role.JOB_SEEKER],
  ],
  ['employerCredit', `{ employerCredit(employerId: "${UUID}") { score } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  [
    'fileLayoffPlan',
    `mutation { fileLayoffPlan(input: { staffNow: 10, peopleToCut: 20, layoffDate: "2099-01-01", reasons: "x", consulted: true }) { id } }`,
    [Role.EMPLOYER],
  ],
  ['layoffPlans', `{ layoffPlans { id } }`, [Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
  ['unfiledLayoffSignals', `{ unfiledLayoffSignals { employerId } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'stableJobsRefund',
    `{ stableJobsRefund(employerId: "${UUID}", insuredStaff: 10) { eligible } }`,
    [Role.EMPLOYER, Role.OFFICER, Role.ADMIN],
  ],
  ['unemploymentWatch', `{ unemploymentWatch(month: "2026-13") { regionCode } }`, [Role.OFFICER, Role.ADMIN]],
  ['subsidyProposals', `{ subsidyProposals { totalCount } }`, [Role.OFFICER, Role.ADMIN]],
  ['decideSubsidy', `mutation { decideSubsidy(input: { ids: ["${UUID}"], decision: APPROVE }) { id } }`, [Role.OFFICER]],
  ['supplySubsidyItem', `mutation { supplySubsidyItem(input: { id: "${UUID}", text: "x" }) { id } }`, [Role.EMPLOYER, Role.JOB_SEEKER]],
  ['createSubsidyPaymentBatch', `mutation { createSubsidyPaymentBatch(input: { ids: ["${UUID}"] }) { id } }`, [Role.OFFICER]],
  ['subsidyPayments', `{ subsidyPayments { id } }`, [Role.OFFICER, Role.ADMIN]],
  ['subsidyPaymentExport', `{ subsidyPaymentExport(batchId: "${UUID}") }`, [Role.OFFICER, Role.ADMIN]],
  ['mySubsidies', `{ mySubsidies { paidYuan } }`, [Role.EMPLOYER, Role.JOB_SEEKER]],
  [
    'registerUnemployment',
    `mutation { registerUnemployment(input: { idNumber: "x", regionCode: "999999", reason: OTHER, householdHeadIdNumber: "x", householdHeadName: "x", workingAgeMembers: 1, employedMembers: 0, wantsJob: true }) { id } }`,
    [Role.JOB_SEEKER],
  ],
  ['myUnemploymentRegistration', `{ myUnemploymentRegistration { id } }`, [Role.JOB_SEEKER]],
  ['caseload', `{ caseload { totalCount } }`, [Role.OFFICER, Role.ADMIN]],
  ['supportCase', `{ supportCase(id: "${UUID}") { id } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'logFollowUp',
    `mutation { logFollowUp(input: { caseId: "${UUID}", contactedOn: "2026-01-01", channel: PHONE, note: "x", outcome: CONTINUING }) { id } }`,
    [Role.OFFICER],
  ],
  ['zeroEmploymentHouseholds', `{ zeroEmploymentHouseholds { id } }`, [Role.OFFICER, Role.ADMIN]],
  [
    'registerGigPoster',
    `mutation { registerGigPoster(input: { realName: "张三", idNumber: "x", regionCode: "999999" }) { trusted } }`,
    [Role.JOB_SEEKER],
  ],
  ['myGigPoster', `{ myGigPoster { trusted } }`, [Role.JOB_SEEKER]],
  [
    'createGig',
    `mutation { createGig(input: { title: "x", description: "x", regionCode: "999999", address: "x", lat: 35, lng: 103, startDate: "2099-01-01", endDate: "2099-01-01", dailyStart: "08:00", dailyEnd: "17:00", headcount: 1, payUnit: DAY, payYuan: 200, payTiming: SAME_DAY, payMethod: CASH }) { id } }`,
    [Role.EMPLOYER, Role.JOB_SEEKER],
  ],
  [
    'updateGig',
    `mutation { updateGig(id: "${UUID}", input: { title: "x", description: "x", regionCode: "999999", address: "x", lat: 35, lng: 103, startDate: "2099-01-01", endDate: "2099-01-01", dailyStart: "08:00", dailyEnd: "17:00", headcount: 1, payUnit: DAY, payYuan: 200, payTiming: SAME_DAY, payMethod: CASH }) { id } }`,
    [Role.EMPLOYER, Role.JOB_SEEKER],
  ],
  ['cancelGig', `mutation { cancelGig(id: "${UUID}", reason: "x") { id } }`, [Role.EMPLOYER, Role.JOB_SEEKER]],
  ['postedGigs', `{ postedGigs { id } }`, [Role.EMPLOYER, Role.JOB_SEEKER]],
  ['gigReviewQueue', `{ gigReviewQueue { id } }`, [Role.OFFICER]],
  ['reviewGig', `mutation { reviewGig(id: "${UUID}", approve: true) { id } }`, [Role.OFFICER]],
  [
    'saveGigPreferences',
    `mutation { saveGigPreferences(input: { enabled: true, lat: 35, lng: 103, maxDistanceKm: 10, weekdays: [1], skills: [] }) { enabled } }`,
    [Role.JOB_SEEKER],
  ],
  ['myGigPreferences', `{ myGigPreferences { enabled } }`, [Role.JOB_SEEKER]],
  ['acceptGig', `mutation { acceptGig(gigId: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['withdrawFromGig', `mutation { withdrawFromGig(gigId: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['myGigs', `{ myGigs { id } }`, [Role.JOB_SEEKER]],
  ['checkIn', `mutation { checkIn(input: { gigId: "${UUID}", qrCode: "x" }) { id } }`, [Role.JOB_SEEKER]],
  ['checkOut', `mutation { checkOut(input: { gigId: "${UUID}", qrCode: "x" }) { id } }`, [Role.JOB_SEEKER]],
  ['confirmAttendance', `mutation { confirmAttendance(input: { attendanceId: "${UUID}" }) { id } }`, [Role.EMPLOYER, Role.JOB_SEEKER]],
  [
    'markGigPaid',
    `mutation { markGigPaid(input: { assignmentId: "${UUID}", amountYuan: 1, method: CASH }) { id } }`,
    [Role.EMPLOYER, Role.JOB_SEEKER],
  ],
  ['confirmGigPay', `mutation { confirmGigPay(assignmentId: "${UUID}") { id } }`, [Role.JOB_SEEKER]],
  ['disputeGigPay', `mutation { disputeGigPay(input: { assignmentId: "${UUID}", reason: "xx" }) { id } }`, [Role.JOB_SEEKER]],
  [
    'resolveGigDispute',
    `mutation { resolveGigDispute(input: { assignmentId: "${UUID}", outcome: PAID_IN_FULL, note: "xx" }) { id } }`,
    [Role.OFFICER],
  ],
  [
    'rateGig',
    `mutation { rateGig(input: { assignmentId: "${UUID}", onTime: true, asAgreed: true, stars: 5 }) { id } }`,
    [Role.EMPLOYER, Role.JOB_SEEKER],
  ],
  ['gigAlerts', `{ gigAlerts { id } }`, [Role.OFFICER]],
  ['myGigRecord', `{ myGigRecord { days } }`, [Role.JOB_SEEKER]],
  [
    'createGigStation',
    `mutation { createGigStation(input: { regionCode: "999999", name: "x驿站", address: "xx", lat: 35, lng: 103, openingHours: "全天", services: [], contactPhone: "0930-1234567" }) { id } }`,
    [Role.OFFICER],
  ],
  // Last: each allowed caller signs itself out here (the access matrix runs it as stand-in accounts).
  ['signOutEverywhere', `mutation { signOutEverywhere }`, [Role.JOB_SEEKER, Role.EMPLOYER, Role.OFFICER, Role.ADMIN]],
];
const PUBLIC = [
  'me',
  'regions',
  'region',
  'employer',
  'jobPosting',
  'jobPostings',
  'searchJobs',
  'register',
  'login',
  'liveRoom',
  'liveRooms',
  'jobFair',
  'jobFairs',
  'fairBooths',
  'policyPacks',
  'policyPack',
  'gig',
  'gigsNearby',
  'gigStations',
  'gigStation',
  'estimateSubsidies',
];

describe('access', () => {
  let t: TestApp;
  const sessions = new Map<Caller, Session | undefined>();
  beforeAll(async () => {
    t = await createTestApp();
    sessions.set('anonymous', undefined);
    sessions.set(Role.JOB_SEEKER, await makeSeeker(t));
    sessions.set(Role.EMPLOYER, await makeEmployer(t));
    sessions.set(Role.OFFICER, await makeOfficer(t));
    sessions.set(Role.ADMIN, await makeStaff(t, Role.ADMIN, null));
  });
  afterAll(() => t.close());

  describe.each(OPERATIONS)('%s', (_name, document, allowed) => {
    it.each(ALL)('as %s', async (caller) => {
      const r = await t.gql(document, {}, sessions.get(caller)?.token);
      const code = r.errors?.length ? errorOf(r).code : undefined;
      if (allowed.includes(caller)) {
        expect(
          code === 'UNAUTHENTICATED' || (code === 'FORBIDDEN' && r.errors![0].message === '无权执行此操作' && !mayBeDataForbidden(_name)),
        ).toBe(false);
      } else {
        expect(code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    });
  });

  it('covers every protected operation of the schema in the matrix above', () => {
    const declared = new Set([...OPERATIONS.map(([n]) => n), ...PUBLIC]);
    const undeclared = operations(t)
      .filter((o) => !declared.has(o.name))
      .map((o) => o.name);
    expect(undeclared).toEqual([]);
  });

  it('has every query and mutation declare who may call it (@Public, @Roles or @Authenticated)', () => {
    const missing = operations(t)
      .filter((o) => !o.access)
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });
});

/** Operations whose allowed callers can still be refused on the data itself (e.g. a posting that is not theirs). */
function mayBeDataForbidden(name: string): boolean {
  return [
    'updateLiveRoom',
    'startLiveRoom',
    'endLiveRoom',
    'liveRoomStats',
    'liveRoomQuestions',
    'answerJobFaq',
    'project',
    'previewProjectHire',
    'updateProject',
    'addProjectWorker',
    'endProjectWorker',
    'importProjectWorkers',
    'recordLabourPayment',
    'applicationsForJob',
    'deleteSavedSearch',
    'matchCandidates',
    'recommendedJobs',
    'verifyEmployer',
    'updateJobPosting',
    'submitJobPosting',
    'reviewJobPosting',
    'closeJobPosting',
    'withdrawJobPosting',
    'withdrawApplication',
    'moveApplication',
    'callNextTicket',
    'boothQueue',
    'boothCallbacks',
    'applyForBooth',
    'createFairForProject',
    'attachLiveRoomToFair',
  ].includes(name);
}

/** Every Query/Mutation handler in the running app, with the access it declares. */
function operations(t: TestApp): { name: string; access: unknown }[] {
  const result: { name: string; access: unknown }[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const key of Object.getOwnPropertyNames(proto)) {
        const handler = Object.getOwnPropertyDescriptor(proto, key)?.value; // not proto[key]: some providers have getters
        if (typeof handler !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? key;
        result.push({ name, access: Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, wrapper.metatype) });
      }
    }
  }
  return result;
}
