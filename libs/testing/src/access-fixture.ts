import { randomUUID } from 'node:crypto';
import { Role } from '@jobbridge/contracts';
import { generateIdNumber } from '@jobbridge/domain';
import {
  creditCodeFor,
  LINXIA_CITY,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  makeStaff,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
} from './factories';
import { ok } from './graphql-client';
import { connectSocket } from './sockets';
import type { TestApp } from './test-app';

/**
 * A small world with two of everything, for the generated access test (apps/api/test/access-matrix.spec.ts): two sides,
 * A in 临夏州 and B in 庆阳市, each with an officer of the prefecture, a verified employer (and one awaiting
 * verification), a seeker with a labour profile (identity number, phone, hukou, home coordinates), postings in every
 * state (one flagged by the fair-hiring screen, one draft for a workplace in the other region), applications (seeker A
 * also applies across, and is invited to interview by employer A), a 以工代赈 project with roster workers, rooms hosted by
 * the employer (one ended, with a question that became the job's FAQ; one on air) and by the officer (one scheduled, one
 * on air), a saved search with alerts; side A also has a project job in its local-first window. Plus a neutral
 * employer in 兰州 (no caller oversees it) whose postings seekers may apply to without widening anyone's view of them.
 * Built through the API (the admin and officers are inserted, as in the factories), in about 5 s.
 *
 * Everything private is registered as a marker — a string that may appear in a response only to the callers entitled
 * to it (ADR 0004 and the services' scoping rules) — so a test can scan every response for what must not be there.
 */
export type Side = 'A' | 'B';
export const SIDES: readonly Side[] = ['A', 'B'];
export const otherSide = (s: Side): Side => (s === 'A' ? 'B' : 'A');

export type CallerName = 'anonymous' | 'seekerA' | 'seekerB' | 'employerA' | 'employerB' | 'officerA' | 'officerB' | 'admin';
export const CALLER_NAMES: readonly CallerName[] = [
  'anonymous',
  'seekerA',
  'seekerB',
  'employerA',
  'employerB',
  'officerA',
  'officerB',
  'admin',
];

export interface Caller {
  name: CallerName;
  /** null for anonymous. */
  role: Role | null;
  /** The side the caller belongs to (null for anonymous and admin, who belong to none). */
  side: Side | null;
  token?: string;
  userId?: string;
}

export interface Marker {
  value: string;
  /** What it is, for the leak list: "identity number of seeker A". */
  label: string;
  /** Who may read it; everyone else must never get it in any response. */
  entitled: ReadonlySet<CallerName>;
  /** No operation shows it even to those entitled (so the test does not expect to see it). */
  unseen?: true;
}

export interface SideWorld {
  county: string;
  prefecture: string;
  officer: Session;
  employer: Session & { employerId: string; contactPhone: string; verificationNote: string; profileInput: Record<string, unknown> };
  /** A second employer of the region, still awaiting verification (for employersForReview). */
  pendingEmployerId: string;
  seeker: Session & { profileId: string; idNumber: string; fullName: string; profileInput: Record<string, unknown> };
  jobs: { draft: string; pending: string; published: string; published2: string };
  /** A draft of this side's employer for a workplace in the other side's county: overseen by the other side's officer. */
  crossDraft: string;
  /** This side's seeker's application to this side's published job. */
  application: string;
  /** This side's 以工代赈 project (owner: this side's employer) and its roster. */
  project: string;
  workers: string[];
  rooms: {
    employer: string;
    officer: string;
    /** Rooms on air now, by host (for the host's socket actions). */ live: { employer: string; officer: string };
  };
  /** A question left from the employer's room, now the FAQ of its published job. */
  faq: string;
  savedSearch: string;
  /** Two alerts from the saved search: [0] for the seeker's own calls, [1] for the other side's. */
  alerts: string[];
  /** Every project of this side (the fixture's and those made later by fresh()). */
  projectIds: string[];
  /** Every room of this side, by host. */
  roomIds: { employer: string[]; officer: string[] };
}

export interface AccessFixture {
  t: TestApp;
  callers: Record<CallerName, Caller>;
  side: Record<Side, SideWorld>;
  neutral: { employer: Session & { employerId: string }; officer: Session; county: string };
  markers: Marker[];
  mark(value: string, label: string, entitled: Iterable<CallerName>, unseen?: true): void;
  /** The side of every posting of the two sides' employers (the fixture's and fresh ones), for per-field checks. */
  jobSide: Map<string, Side>;
  /**
   * A published posting of side A's employer on a project that shows its new jobs only to local seekers (hukou in 临夏县)
   * for 30 days: listed and found only for seeker A (its link itself is public).
   */
  localFirstJob: string;
  /** Cheap factories for targets a cell may consume (each call makes a new one). */
  fresh: FreshFactories;
}

export interface FreshFactories {
  draft(s: Side): Promise<string>;
  pending(s: Side): Promise<string>;
  published(s: Side): Promise<string>;
  /** A published posting of the neutral employer (兰州): applying to it widens no caller's view. */
  neutralPublished(): Promise<string>;
  /** Side s's seeker applies to a new published posting of side s's employer. */
  application(s: Side): Promise<string>;
  /** A project of side s's employer, created by side s's officer. */
  project(s: Side, kind?: 'OTHER' | 'WORK_RELIEF'): Promise<string>;
  /** A new project of side s with one local worker on it; returns both. */
  worker(s: Side): Promise<{ project: string; worker: string }>;
  room(s: Side, host: 'employer' | 'officer'): Promise<string>;
  savedSearch(s: Side): Promise<string>;
  /** A new account (for login). */
  account(): Promise<{ phone: string; password: string }>;
  /** A new account like the caller (same role and side), for operations that act on the caller's own account. */
  standIn(c: Caller): Promise<Caller>;
  /** A new user of side s with this role; returns its id (for operations on accounts). */
  user(s: Side, role: Role.JOB_SEEKER | Role.OFFICER): Promise<string>;
  /** A valid identity number in side s's county, never used before. */
  idNumber(s: Side): string;
  phone(): string;
  workerInput(s: Side, projectId: string): Record<string, unknown>;
  projectInput(s: Side, caller: Caller, overrides?: Record<string, unknown>): Record<string, unknown>;
}

export const NEUTRAL_PREFECTURE = '620100'; // 兰州市
export const NEUTRAL_COUNTY = '620102'; // 城关区

/** China civil date `days` from today. */
export const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
const ADD_WORKER = `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`;
const CREATE_ROOM = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`;
const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;
const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id } }`;
const SAVE_SEARCH = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
const VERIFY = `mutation($id: ID!, $note: String) { verifyEmployer(employerId: $id, status: VERIFIED, note: $note) { id } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;

/** Postings made for single cells: nothing like the saved searches' 电焊, so they raise no alerts. */
export const FRESH_JOB = {
  title: '仓储理货员',
  occupation: '仓储管理员',
  description: '负责仓库货物的收发、理货与盘点，服从班组安排。',
  skills: ['叉车', '理货'],
};
/** For accounts the matrix makes itself (not a common password, not the phone). */
export const PASSWORD_FOR_ACCOUNTS = 'Jx7#qLm2vR9!kT';

let counter = Math.floor(Math.random() * 400);
const next = () => ++counter;

export async function buildAccessFixture(t: TestApp): Promise<AccessFixture> {
  const markers: Marker[] = [];
  const mark = (value: string, label: string, entitled: Iterable<CallerName>, unseen?: true) => {
    if (value) markers.push({ value, label, entitled: new Set(entitled), ...(unseen ? { unseen } : {}) });
  };
  // 199…/166… numbers: the factories' phones all start with 13, so none can collide.
  const phone = () => `199${String(Date.now() % 1e4).padStart(4, '0')}${String(next() % 1e4).padStart(4, '0')}`;
  const idNumber = (s: Side) =>
    generateIdNumber(
      `${s === 'A' ? LINXIA_COUNTY : QINGYANG_XIFENG}1988${String(1 + (next() % 12)).padStart(2, '0')}15${String(next() % 1000).padStart(3, '0')}`,
    );
  const seen = new Set<string>();
  const uniqueId = (s: Side) => {
    for (;;) {
      const v = idNumber(s);
      if (!seen.has(v)) return (seen.add(v), v);
    }
  };

  const admin = await makeStaff(t, Role.ADMIN, null);
  const neutralOfficer = await makeOfficer(t, NEUTRAL_PREFECTURE);
  const neutralEmployer = await makeEmployer(t, {
    name: `兰州矩阵中立用工单位${next()}`,
    regionCode: NEUTRAL_COUNTY,
    contactPhone: phone(),
  });

  const staff = (s: Side): CallerName[] => [`employer${s}`, `officer${s}`, 'admin'];

  const buildSide = async (s: Side): Promise<SideWorld> => {
    const county = s === 'A' ? LINXIA_COUNTY : QINGYANG_XIFENG;
    const prefecture = s === 'A' ? LINXIA_PREFECTURE : QINGYANG_PREFECTURE;
    const tag = s === 'A' ? '甲' : '乙';
    const officer = await makeOfficer(t, prefecture);
    const contactPhone = phone();
    const profileInput = {
      name: `${s === 'A' ? '临夏' : '庆阳'}矩阵${tag}建设有限公司${next()}`,
      creditCode: creditCodeFor(Math.floor(Math.random() * 1e8) + next()),
      regionCode: county,
      industry: '建筑业',
      size: 'SME',
      contactName: '马经理',
      contactPhone,
    };
    const employer = await makeEmployer(t, profileInput);
    const verificationNote = `审核意见${tag}-${randomUUID().slice(0, 8)}`;
    ok(await t.gql(VERIFY, { id: employer.employerId, note: verificationNote }, officer.token));
    const pending = await makeEmployer(t, {
      name: `${s === 'A' ? '临夏' : '庆阳'}矩阵${tag}待审单位${next()}`,
      regionCode: county,
      contactPhone: phone(),
    });

    const seekerIdNumber = uniqueId(s);
    const fullName = s === 'A' ? '司马矩甲' : '司马矩乙';
    const seekerProfileInput = {
      fullName,
      hukouRegionCode: county,
      residenceRegionCode: s === 'A' ? LINXIA_CITY : county,
      skills: ['电焊'],
      // A allows discovery (every employer may see it when matching); B does not.
      discoverable: s === 'A',
      // Where the seeker lives, to the metre: for distances, never shown to anyone but the seeker.
      residenceLat: s === 'A' ? 35.612347 : 35.731953,
      residenceLng: s === 'A' ? 103.187659 : 107.642817,
    };
    const seeker = await makeSeeker(t, { ...seekerProfileInput, idNumber: seekerIdNumber });
    const searchName = `矩阵${tag}电焊订阅`;
    const savedSearch = ok(
      await t.gql(SAVE_SEARCH, { input: { name: searchName, criteria: { keyword: '电焊', regionCode: prefecture } } }, seeker.token),
    ).saveSearch.id;

    const at = { workRegionCode: county };
    const draft = await makeDraftJob(t, employer, { ...at, title: `电焊工（草稿${tag}）` });
    const crossDraft = await makeDraftJob(t, employer, {
      workRegionCode: s === 'A' ? QINGYANG_XIFENG : LINXIA_COUNTY,
      title: `异地项目电焊工（草稿${tag}）`,
    });
    const pendingJob = await makeDraftJob(t, employer, { ...at, title: `电焊工（待审${tag}）` });
    ok(await t.gql(SUBMIT, { id: pendingJob }, employer.token));
    // Worded so the fair-hiring screen flags it (the flags are for the owner and officers only).
    const published = await makePublishedJob(t, employer, officer, {
      ...at,
      title: `电焊工${tag}`,
      description: '负责钢结构焊接作业，限男性，能看懂施工图纸。',
    });
    const published2 = await makePublishedJob(t, employer, officer, { ...at, title: `氩弧焊电焊工${tag}` });

    const project = ok(
      await t.gql(
        CREATE_PROJECT,
        {
          input: {
            name: `矩阵${tag}以工代赈项目`,
            employerId: employer.employerId,
            regionCode: county,
            kind: 'WORK_RELIEF',
            investment: '1000000',
            plannedWorkforce: 20,
            startDate: chinaDay(-30),
          },
        },
        officer.token,
      ),
    ).createProject.id;
    const workers: string[] = [];
    for (const suffix of ['壹', '贰']) {
      const idn = uniqueId(s);
      const name = `上官${tag}${suffix}`;
      workers.push(
        ok(
          await t.gql(
            ADD_WORKER,
            {
              input: {
                projectId: project,
                fullName: name,
                idNumber: idn,
                hukouRegionCode: county,
                trade: '钢筋工',
                startDate: chinaDay(-10),
              },
            },
            employer.token,
          ),
        ).addProjectWorker.id,
      );
      mark(idn, `identity number of project worker ${name}`, []);
      mark(name, `name of project worker ${name}`, staff(s));
    }

    // The second worker left; why is a note for the project's managers.
    const endReason = `离场原因${tag}-${randomUUID().slice(0, 8)}`;
    ok(
      await t.gql(
        `mutation($input: EndProjectWorkerInput!) { endProjectWorker(input: $input) { id } }`,
        { input: { workerId: workers[1], reason: endReason } },
        employer.token,
      ),
    );
    mark(endReason, `why a worker left project ${s}`, staff(s));

    const officerRoom = ok(
      await t.gql(
        CREATE_ROOM,
        { input: { title: `${tag}人社局直播带岗`, scheduledStart: inHours(24), jobPostingIds: [published] } },
        officer.token,
      ),
    ).createLiveRoom.id;
    const employerRoom = ok(
      await t.gql(
        CREATE_ROOM,
        { input: { title: `${tag}单位直播带岗`, scheduledStart: inHours(2), jobPostingIds: [published, published2] } },
        employer.token,
      ),
    ).createLiveRoom.id;

    // Workers, verification and phones of this side.
    mark(seekerIdNumber, `identity number of seeker ${s}`, []);
    mark(String(seekerProfileInput.residenceLat), `home latitude of seeker ${s}`, [`seeker${s}`]);
    mark(String(seekerProfileInput.residenceLng), `home longitude of seeker ${s}`, [`seeker${s}`]);
    mark(contactPhone, `contact phone of employer ${s}`, [`employer${s}`, `officer${s}`]);
    mark(verificationNote, `verification note on employer ${s}`, staff(s));
    mark(draft, `draft posting of employer ${s}`, staff(s));
    mark(crossDraft, `draft posting of employer ${s} for the other side's county`, [
      `employer${s}`,
      `officer${s === 'A' ? 'B' : 'A'}`,
      'admin',
    ]);
    mark(pendingJob, `pending posting of employer ${s}`, staff(s));
    mark(savedSearch, `saved search of seeker ${s}`, [`seeker${s}`]);
    mark(searchName, `saved search name of seeker ${s}`, [`seeker${s}`]);
    workers.forEach((w, i) => mark(w, `roster entry ${i + 1} of project ${s}`, staff(s)));

    return {
      county,
      prefecture,
      officer,
      employer: { ...employer, contactPhone, verificationNote, profileInput },
      pendingEmployerId: pending.employerId,
      seeker: { ...seeker, idNumber: seekerIdNumber, fullName, profileInput: seekerProfileInput },
      jobs: { draft, pending: pendingJob, published, published2 },
      crossDraft,
      application: '',
      project,
      workers,
      rooms: { employer: employerRoom, officer: officerRoom, live: { employer: '', officer: '' } },
      faq: '',
      savedSearch,
      alerts: [],
      projectIds: [project],
      roomIds: { employer: [employerRoom], officer: [officerRoom] },
    };
  };
  const [A, B] = await Promise.all([buildSide('A'), buildSide('B')]);
  const side: Record<Side, SideWorld> = { A, B };
  const jobSide = new Map<string, Side>(SIDES.flatMap((s) => Object.values(side[s].jobs).map((id) => [id, s] as [string, Side])));

  // Applications: each seeker to its own side's posting; seeker A also to B's (a migrant worker looking elsewhere).
  const apply = async (seeker: Session, job: string, note: string) =>
    ok(await t.gql(APPLY, { input: { jobPostingId: job, coverNote: note, source: 'DIRECT' } }, seeker.token)).submitApplication
      .id as string;
  const appNote = (who: string) => `求职附言${who}-${randomUUID().slice(0, 8)}`;
  const notes = { AA: appNote('甲甲'), BB: appNote('乙乙'), AB: appNote('甲乙') };
  A.application = await apply(A.seeker, A.jobs.published, notes.AA);
  B.application = await apply(B.seeker, B.jobs.published, notes.BB);
  const crossApplication = await apply(A.seeker, B.jobs.published, notes.AB);
  // Employer A invites seeker A to interview: from then on (and only then) it sees seeker A's full phone.
  const moveNote = `面试安排备注-${randomUUID().slice(0, 8)}`;
  ok(await t.gql(MOVE, { input: { applicationId: A.application, toStatus: 'VIEWED' } }, A.employer.token));
  ok(await t.gql(MOVE, { input: { applicationId: A.application, toStatus: 'INTERVIEW', note: moveNote } }, A.employer.token));
  const appEntitled = (seeker: Side, job: Side): CallerName[] => [`seeker${seeker}`, `employer${job}`, `officer${job}`, 'admin'];
  mark(A.application, 'application of seeker A to employer A', appEntitled('A', 'A'));
  mark(notes.AA, 'cover note of seeker A to employer A', appEntitled('A', 'A'));
  mark(moveNote, 'employer A’s note on seeker A’s application', appEntitled('A', 'A'));
  mark(B.application, 'application of seeker B to employer B', appEntitled('B', 'B'));
  mark(notes.BB, 'cover note of seeker B to employer B', appEntitled('B', 'B'));
  mark(crossApplication, 'application of seeker A to employer B', appEntitled('A', 'B'));
  mark(notes.AB, 'cover note of seeker A to employer B', appEntitled('A', 'B'));

  // Seekers' phones: the seeker, and an employer that invited the seeker to interview (ADR 0004).
  mark(A.seeker.phone, 'phone of seeker A', ['seekerA', 'employerA']);
  // (Seeker B was never invited, so not even seeker B is shown the full number: Application.contactPhone stays null.)
  mark(B.seeker.phone, 'phone of seeker B', ['seekerB'], true);
  // Profiles (hukou, residence, priority groups …): the seeker; employers it applied to or, when discoverable, any
  // employer matching; officers over its hukou or residence or over a job it applied to; admins.
  const profileA: CallerName[] = ['seekerA', 'employerA', 'employerB', 'officerA', 'officerB', 'admin'];
  const profileB: CallerName[] = ['seekerB', 'employerB', 'officerB', 'admin'];
  mark(A.seeker.profileId, 'labour profile (hukou …) of seeker A', profileA);
  mark(A.seeker.fullName, 'full name of seeker A', profileA);
  mark(B.seeker.profileId, 'labour profile (hukou …) of seeker B', profileB);
  mark(B.seeker.fullName, 'full name of seeker B', profileB);

  // Alerts: the saved searches (made before the postings were published) match this side's two published postings.
  await t.drainSearch();
  for (const s of SIDES) {
    const alerts = ok(await t.gql(`{ mySearchAlerts(first: 20) { id jobPosting { id } } }`, {}, side[s].seeker.token)).mySearchAlerts as {
      id: string;
    }[];
    if (alerts.length < 2) throw new Error(`fixture: expected 2 alerts for seeker ${s}, got ${alerts.length}`);
    side[s].alerts = alerts.map((a) => a.id);
    alerts.forEach((a) => mark(a.id, `search alert of seeker ${s}`, [`seeker${s}`]));
  }

  // The employer rooms go live, the seeker asks about the pinned job, the room ends: the question becomes its FAQ.
  for (const s of SIDES) {
    const w = side[s];
    const roomId = w.rooms.employer;
    ok(await t.gql(`mutation($id: ID!) { startLiveRoom(id: $id) { id } }`, { id: roomId }, w.employer.token));
    const host = await connectSocket(t.url, '/live', { token: w.employer.token });
    const viewer = await connectSocket(t.url, '/live', { token: w.seeker.token });
    try {
      await host.emitWithAck('room.join', { roomId });
      const pinned = await host.emitWithAck('host.pin', { roomId, jobPostingId: w.jobs.published });
      if (!pinned?.ok) throw new Error(`fixture: pin failed ${JSON.stringify(pinned)}`);
      await viewer.emitWithAck('room.join', { roomId });
      const asked = await viewer.emitWithAck('question.ask', { roomId, text: `宿舍几个人一间？（${s}）` });
      if (!asked?.ok) throw new Error(`fixture: question failed ${JSON.stringify(asked)}`);
    } finally {
      host.disconnect();
      viewer.disconnect();
    }
    ok(await t.gql(`mutation($id: ID!) { endLiveRoom(id: $id) { id } }`, { id: roomId }, w.employer.token));
    const faqs = ok(await t.gql(`query($id: ID!) { jobPosting(id: $id) { faqs { id } } }`, { id: w.jobs.published })).jobPosting.faqs as {
      id: string;
    }[];
    if (!faqs.length) throw new Error(`fixture: no FAQ for side ${s}`);
    w.faq = faqs[0].id;
  }

  // A project job in its local-first window.
  const localFirstProject = ok(
    await t.gql(
      CREATE_PROJECT,
      {
        input: {
          name: '矩阵本地优先项目',
          employerId: A.employer.employerId,
          regionCode: A.county,
          kind: 'OTHER',
          plannedWorkforce: 10,
          startDate: chinaDay(-3),
          localFirstDays: 30,
        },
      },
      A.officer.token,
    ),
  ).createProject.id as string;
  A.projectIds.push(localFirstProject);
  const localFirstJob = await makePublishedJob(t, A.employer, A.officer, {
    workRegionCode: A.county,
    projectId: localFirstProject,
    title: '管道安装工（本地优先）',
    occupation: '管道工',
    skills: ['管道安装'],
    description: '负责供水管道安装与试压，服从项目部安排。',
  });
  await t.drainSearch();

  // A room of each host on air now.
  for (const s of SIDES) {
    for (const host of ['employer', 'officer'] as const) {
      const by = host === 'employer' ? side[s].employer : side[s].officer;
      const id = ok(
        await t.gql(
          CREATE_ROOM,
          { input: { title: `${s}直播中`, scheduledStart: inHours(1), jobPostingIds: [side[s].jobs.published] } },
          by.token,
        ),
      ).createLiveRoom.id as string;
      ok(await t.gql(`mutation($id: ID!) { startLiveRoom(id: $id) { id } }`, { id }, by.token));
      side[s].rooms.live[host] = id;
      side[s].roomIds[host].push(id);
    }
  }

  const callers: Record<CallerName, Caller> = {
    anonymous: { name: 'anonymous', role: null, side: null },
    seekerA: { name: 'seekerA', role: Role.JOB_SEEKER, side: 'A', token: A.seeker.token, userId: A.seeker.userId },
    seekerB: { name: 'seekerB', role: Role.JOB_SEEKER, side: 'B', token: B.seeker.token, userId: B.seeker.userId },
    employerA: { name: 'employerA', role: Role.EMPLOYER, side: 'A', token: A.employer.token, userId: A.employer.userId },
    employerB: { name: 'employerB', role: Role.EMPLOYER, side: 'B', token: B.employer.token, userId: B.employer.userId },
    officerA: { name: 'officerA', role: Role.OFFICER, side: 'A', token: A.officer.token, userId: A.officer.userId },
    officerB: { name: 'officerB', role: Role.OFFICER, side: 'B', token: B.officer.token, userId: B.officer.userId },
    admin: { name: 'admin', role: Role.ADMIN, side: null, token: admin.token, userId: admin.userId },
  };

  const projectInput = (s: Side, caller: Caller, overrides: Record<string, unknown> = {}) => ({
    name: `矩阵${s === 'A' ? '甲' : '乙'}单元项目${next()}`,
    // An employer names itself (or no one); officers and admins name the owner.
    ...(caller.role === Role.EMPLOYER ? {} : { employerId: side[s].employer.employerId }),
    regionCode: side[s].county,
    kind: 'OTHER',
    plannedWorkforce: 10,
    startDate: chinaDay(-30),
    ...overrides,
  });
  const workerInput = (s: Side, projectId: string) => {
    const idn = uniqueId(s);
    mark(idn, `identity number of a project worker on side ${s}`, []);
    return {
      projectId,
      fullName: `上官${s === 'A' ? '甲' : '乙'}临`,
      idNumber: idn,
      hukouRegionCode: side[s].county,
      trade: '钢筋工',
      startDate: chinaDay(-5),
    };
  };
  mark('上官甲临', 'name of a project worker on side A', staff('A'));
  mark('上官乙临', 'name of a project worker on side B', staff('B'));

  const fresh: FreshFactories = {
    idNumber: uniqueId,
    phone,
    workerInput,
    projectInput,
    draft: async (s) => {
      const id = await makeDraftJob(t, side[s].employer, { ...FRESH_JOB, workRegionCode: side[s].county });
      mark(id, `draft posting of employer ${s}`, staff(s));
      jobSide.set(id, s);
      return id;
    },
    pending: async (s) => {
      const id = await makeDraftJob(t, side[s].employer, { ...FRESH_JOB, workRegionCode: side[s].county });
      ok(await t.gql(SUBMIT, { id }, side[s].employer.token));
      mark(id, `pending posting of employer ${s}`, staff(s));
      jobSide.set(id, s);
      return id;
    },
    published: async (s) => {
      const id = await makePublishedJob(t, side[s].employer, side[s].officer, { ...FRESH_JOB, workRegionCode: side[s].county });
      jobSide.set(id, s);
      return id;
    },
    neutralPublished: () => makePublishedJob(t, neutralEmployer, neutralOfficer, { ...FRESH_JOB, workRegionCode: NEUTRAL_COUNTY }),
    application: async (s) => {
      const job = await fresh.published(s);
      const id = await apply(side[s].seeker, job, '');
      mark(id, `application of seeker ${s} to employer ${s}`, appEntitled(s, s));
      return id;
    },
    project: async (s, kind = 'OTHER') => {
      const extra = kind === 'WORK_RELIEF' ? { kind, investment: '500000' } : {};
      const id = ok(await t.gql(CREATE_PROJECT, { input: projectInput(s, callers[`officer${s}`], extra) }, side[s].officer.token))
        .createProject.id as string;
      side[s].projectIds.push(id);
      return id;
    },
    worker: async (s) => {
      const project = await fresh.project(s);
      const worker = ok(await t.gql(ADD_WORKER, { input: workerInput(s, project) }, side[s].employer.token)).addProjectWorker.id as string;
      mark(worker, `roster entry on a project of side ${s}`, staff(s));
      return { project, worker };
    },
    room: async (s, host) => {
      const by = host === 'employer' ? side[s].employer : side[s].officer;
      const id = ok(
        await t.gql(
          CREATE_ROOM,
          { input: { title: '矩阵单元直播', scheduledStart: inHours(48), jobPostingIds: [side[s].jobs.published] } },
          by.token,
        ),
      ).createLiveRoom.id as string;
      side[s].roomIds[host].push(id);
      return id;
    },
    savedSearch: async (s) => {
      const name = `矩阵${s === 'A' ? '甲' : '乙'}临时订阅`;
      mark(name, `saved search name of seeker ${s}`, [`seeker${s}`]);
      const id = ok(
        await t.gql(SAVE_SEARCH, { input: { name, criteria: { keyword: '叉车', regionCode: side[s].prefecture } } }, side[s].seeker.token),
      ).saveSearch.id as string;
      mark(id, `saved search of seeker ${s}`, [`seeker${s}`]);
      return id;
    },
    account: async () => {
      const p = `166${String(Date.now() % 1e4).padStart(4, '0')}${String(next() % 1e4).padStart(4, '0')}`;
      ok(await t.gql(REGISTER, { input: { role: Role.JOB_SEEKER, phone: p, password: PASSWORD_FOR_ACCOUNTS, displayName: '登录测试' } }));
      mark(p, 'phone of an account made to sign in', []);
      return { phone: p, password: PASSWORD_FOR_ACCOUNTS };
    },
    standIn: async (c) => {
      if (!c.role) return c;
      const s = c.side ?? 'A';
      const session =
        c.role === Role.JOB_SEEKER
          ? await makeSeeker(t, { hukouRegionCode: side[s].county, residenceRegionCode: side[s].county })
          : c.role === Role.EMPLOYER
            ? await makeEmployer(t, { regionCode: side[s].county, contactPhone: phone() })
            : c.role === Role.OFFICER
              ? await makeOfficer(t, side[s].prefecture)
              : await makeStaff(t, Role.ADMIN, null);
      mark(session.phone, `phone of a stand-in ${c.role} account`, []);
      return { ...c, token: session.token, userId: session.userId };
    },
    user: async (s, role) => {
      const u = role === Role.OFFICER ? await makeOfficer(t, side[s].prefecture) : await makeSeeker(t, { hukouRegionCode: side[s].county });
      mark(u.phone, `phone of a ${role} account made by the matrix`, []);
      return u.userId;
    },
  };

  return {
    t,
    callers,
    side,
    neutral: { employer: neutralEmployer, officer: neutralOfficer, county: NEUTRAL_COUNTY },
    markers,
    mark,
    jobSide,
    localFirstJob,
    fresh,
  };
}
