import { generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  errorOf,
  jobInput,
  LINXIA_CITY,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { io, Socket } from 'socket.io-client';

const PROJECT_FIELDS = `id name kind localScope localScopeRegionCode breachRule thresholdSource plannedWorkforce status
  localHiring { threshold totalWorkers localWorkers ratio compliant shortfall status } povertyAlleviatedWorkers`;
const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
const GET = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} employer { name } region { name }
  workers(first: 50) { totalCount edges { node { id fullName idNumberMasked hukouRegionCode hukouRegion { name } local active trade source startDate endDate applicationId povertyAlleviated } } }
  acknowledgements { change reason workerCount actorRole before { localWorkers totalWorkers } after { localWorkers totalWorkers status } } } }`;
const LIST = `query($status: ProjectStatus, $localHiringStatus: LocalHiringStatus, $first: Int, $after: String) {
  projects(status: $status, localHiringStatus: $localHiringStatus, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name localHiring { status shortfall ratio } } } } }`;
const ADD = `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id fullName idNumberMasked local active source } }`;
const END = `mutation($input: EndProjectWorkerInput!) { endProjectWorker(input: $input) { id active endDate endReason } }`;
const IMPORT = `mutation($input: ImportProjectWorkersInput!) { importProjectWorkers(input: $input) {
  imported errors { line field code message } preview { breaches before { totalWorkers } after { totalWorkers localWorkers status } }
  project { localHiring { totalWorkers localWorkers status } } } }`;
const PREVIEW = `query($input: PreviewProjectHireInput!) { previewProjectHire(input: $input) {
  change local breaches allowed requiresAcknowledgement breachRule before { ratio status } after { totalWorkers localWorkers ratio status shortfall } } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;
const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const HISTORY = `query($id: ID!, $from: String, $to: String) { project(id: $id) { localHiringHistory(from: $from, to: $to) { date totalWorkers localWorkers status } } }`;

/** China civil date `days` from today (the ledger's days). */
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 100;
/** A valid identity number (GB 11643) registered in `region`. */
const idNumber = (region = LINXIA_COUNTY) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

describe('major projects and the 30% local-hiring rule', () => {
  let t: TestApp;
  let officer: Session;
  let owner: Session & { employerId: string };
  const projectInput = (overrides: Record<string, unknown> = {}) => ({
    name: '临夏县G310国道改扩建工程',
    employerId: owner.employerId,
    regionCode: LINXIA_COUNTY,
    kind: 'GOVERNMENT_INVESTED',
    plannedWorkforce: 120,
    startDate: day(-60),
    ...overrides,
  });
  const createProject = async (overrides: Record<string, unknown> = {}, by: Session = officer) =>
    ok(await t.gql(CREATE, { input: projectInput(overrides) }, by.token)).createProject;
  const worker = (projectId: string, overrides: Record<string, unknown> = {}) => ({
    projectId,
    fullName: '马建国',
    idNumber: idNumber(),
    hukouRegionCode: LINXIA_COUNTY,
    trade: '钢筋工',
    startDate: day(-10),
    ...overrides,
  });
  const add = (projectId: string, overrides: Record<string, unknown> = {}, by: Session = owner) =>
    t.gql(ADD, { input: worker(projectId, overrides) }, by.token);
  /** Adds local and non-local workers (non-local: hukou in 庆阳 西峰区). */
  const staff = async (projectId: string, local: number, nonLocal: number) => {
    for (let i = 0; i < local; i++) ok(await add(projectId, { fullName: `本地工${i}` }));
    for (let i = 0; i < nonLocal; i++)
      ok(
        await add(projectId, {
          fullName: `外地工${i}`,
          hukouRegionCode: QINGYANG_XIFENG,
          idNumber: idNumber(QINGYANG_XIFENG),
          acknowledgement: '测试数据',
        }),
      );
  };
  const figures = async (id: string) => ok(await t.gql(GET, { id }, owner.token)).project;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    owner = await makeEmployer(t, { name: '甘肃路桥建设集团有限公司' });
  });
  afterAll(() => t.close());

  describe('projects', () => {
    it('takes the threshold from the region’s policy pack (临夏州 30%, 000 §1), counting the county as local by default', async () => {
      const p = await createProject();
      expect(p).toMatchObject({
        localScope: 'COUNTY',
        localScopeRegionCode: LINXIA_COUNTY,
        breachRule: 'WARN',
        status: 'ACTIVE',
        localHiring: {
          threshold: '0.3',
          totalWorkers: 0,
          localWorkers: 0,
          ratio: null,
          compliant: true,
          shortfall: 0,
          status: 'NO_WORKERS',
        },
      });
      expect(p.thresholdSource).toContain('临夏');
    });

    it('lets an employer register its own project, but not set the policy fields', async () => {
      const mine = await createProject({ employerId: undefined, name: '临夏河州水厂扩建' }, owner);
      expect(mine.localHiring.threshold).toBe('0.3');
      expect(errorOf(await t.gql(CREATE, { input: projectInput({ threshold: '0.2' }) }, owner.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'threshold',
      });
      expect(errorOf(await t.gql(CREATE, { input: projectInput({ breachRule: 'BLOCK' }) }, owner.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'breachRule',
      });
      expect(errorOf(await t.gql(CREATE, { input: projectInput({ localScope: 'PROVINCE' }) }, owner.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'localScope',
      });
      const other = await makeEmployer(t);
      expect(errorOf(await t.gql(CREATE, { input: projectInput() }, other.token))).toEqual({ code: 'FORBIDDEN', field: 'employerId' });
    });

    it('answers bad input with field errors and writes nothing', async () => {
      const before = (await t.ds.query(`SELECT count(*)::int AS n FROM projects`))[0].n;
      const cases: [Record<string, unknown>, string, string][] = [
        [{ regionCode: '999999' }, 'UNKNOWN_REGION', 'regionCode'],
        [{ regionCode: LINXIA_PREFECTURE }, 'UNKNOWN_REGION', 'regionCode'],
        [{ endDate: day(-61) }, 'VALIDATION_FAILED', 'endDate'],
        [{ kind: 'WORK_RELIEF' }, 'VALIDATION_FAILED', 'investment'],
        [{ threshold: '1' }, 'VALIDATION_FAILED', 'threshold'],
        [{ threshold: 'abc' }, 'VALIDATION_FAILED', 'threshold'],
        [{ plannedWorkforce: 0 }, 'VALIDATION_FAILED', 'plannedWorkforce'],
        [{ regionCode: QINGYANG_XIFENG }, 'FORBIDDEN', 'regionCode'],
      ];
      for (const [overrides, code, field] of cases) {
        expect([overrides, errorOf(await t.gql(CREATE, { input: projectInput(overrides) }, officer.token))]).toEqual([
          overrides,
          { code, field },
        ]);
      }
      expect((await t.ds.query(`SELECT count(*)::int AS n FROM projects`))[0].n).toBe(before);
    });

    it('is seen only by its owner and officers over its region', async () => {
      const p = await createProject();
      expect(ok(await t.gql(GET, { id: p.id }, owner.token)).project.employer.name).toBe('甘肃路桥建设集团有限公司');
      expect(ok(await t.gql(GET, { id: p.id }, officer.token)).project.region.name).toBe('临夏县');
      const otherEmployer = await makeEmployer(t);
      const elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
      const seeker = await makeSeeker(t);
      expect(errorOf(await t.gql(GET, { id: p.id }, otherEmployer.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(GET, { id: p.id }, elsewhere.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(GET, { id: p.id }, seeker.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await add(p.id, {}, otherEmployer)).code).toBe('FORBIDDEN');
    });
  });

  describe('the roster and the ratio', () => {
    it('3 of 10 local complies (at risk); the eleventh, non-local, needs an acknowledgement under WARN, which is recorded', async () => {
      const p = await createProject();
      await staff(p.id, 3, 7);
      expect((await figures(p.id)).localHiring).toEqual({
        threshold: '0.3',
        totalWorkers: 10,
        localWorkers: 3,
        ratio: 0.3,
        compliant: true,
        shortfall: 0,
        status: 'AT_RISK',
      });

      const refused = await add(p.id, { hukouRegionCode: QINGYANG_XIFENG, idNumber: idNumber(QINGYANG_XIFENG), fullName: '王外地' });
      expect(errorOf(refused)).toEqual({ code: 'LOCAL_HIRING_ACK_REQUIRED', field: 'acknowledgement' });
      expect(refused.errors![0].extensions).toMatchObject({
        breachRule: 'WARN',
        localHiring: { after: { totalWorkers: 11, localWorkers: 3, status: 'BREACH', shortfall: 1 } },
      });
      expect(refused.errors![0].message).toContain('27.3%');
      expect((await figures(p.id)).localHiring.totalWorkers).toBe(10); // nothing written

      ok(
        await add(p.id, {
          hukouRegionCode: QINGYANG_XIFENG,
          idNumber: idNumber(QINGYANG_XIFENG),
          fullName: '王外地',
          acknowledgement: '特种焊接本地无合格人员',
        }),
      );
      const after = await figures(p.id);
      expect(after.localHiring).toMatchObject({ totalWorkers: 11, localWorkers: 3, compliant: false, shortfall: 1, status: 'BREACH' });
      expect(after.acknowledgements[0]).toMatchObject({
        change: 'HIRE',
        reason: '特种焊接本地无合格人员',
        workerCount: 1,
        actorRole: 'EMPLOYER',
        before: { localWorkers: 3, totalWorkers: 10 },
        after: { localWorkers: 3, totalWorkers: 11, status: 'BREACH' },
      });
    });

    it('2 of 7 (28.6%) is a breach with a shortfall of 1; a local hire needs no acknowledgement and restores it', async () => {
      const p = await createProject();
      await staff(p.id, 2, 5);
      expect((await figures(p.id)).localHiring).toMatchObject({
        totalWorkers: 7,
        localWorkers: 2,
        compliant: false,
        shortfall: 1,
        status: 'BREACH',
      });
      ok(await add(p.id, { fullName: '马本地' }));
      expect((await figures(p.id)).localHiring).toMatchObject({
        totalWorkers: 8,
        localWorkers: 3,
        compliant: true,
        shortfall: 0,
        status: 'COMPLIANT',
      });
    });

    it('BLOCK refuses a breaching hire and writes nothing', async () => {
      const p = await createProject({ breachRule: 'BLOCK' });
      await staff(p.id, 3, 7);
      const r = await add(p.id, {
        hukouRegionCode: QINGYANG_XIFENG,
        idNumber: idNumber(QINGYANG_XIFENG),
        acknowledgement: '再多理由也不行',
      });
      expect(errorOf(r).code).toBe('LOCAL_HIRING_BREACH');
      const after = await figures(p.id);
      expect(after.localHiring.totalWorkers).toBe(10);
      expect(after.acknowledgements).toEqual([]);
    });

    it('lets two simultaneous hires through only as far as the rule allows (serialised per project)', async () => {
      // 3 of 9 local under BLOCK: one more non-local makes 3 of 10 (30%, complies), a second would make 3 of 11.
      const p = await createProject({ breachRule: 'BLOCK' });
      await staff(p.id, 3, 0);
      for (let i = 0; i < 6; i++)
        ok(
          await t.gql(
            ADD,
            { input: worker(p.id, { hukouRegionCode: QINGYANG_XIFENG, idNumber: idNumber(QINGYANG_XIFENG) }) },
            officer.token,
          ),
        );
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          add(p.id, { fullName: `同时${i}`, hukouRegionCode: QINGYANG_XIFENG, idNumber: idNumber(QINGYANG_XIFENG) }),
        ),
      );
      const codes = results.map((r) => (r.errors?.length ? errorOf(r).code : 'OK')).sort();
      expect(codes).toEqual(['LOCAL_HIRING_BREACH', 'LOCAL_HIRING_BREACH', 'LOCAL_HIRING_BREACH', 'OK']);
      expect((await figures(p.id)).localHiring).toMatchObject({ totalWorkers: 10, localWorkers: 3, status: 'AT_RISK' });
    });

    it('refuses the same person twice while on the project, and field-checks a hand entry', async () => {
      const p = await createProject();
      const id = idNumber();
      ok(await add(p.id, { idNumber: id }));
      expect(errorOf(await add(p.id, { idNumber: id.toLowerCase() }))).toEqual({ code: 'DUPLICATE_WORKER', field: 'idNumber' });
      expect(errorOf(await add(p.id, { idNumber: '622921199001011234' }))).toEqual({ code: 'INVALID_ID_NUMBER', field: 'idNumber' });
      expect(errorOf(await add(p.id, { hukouRegionCode: '622999' }))).toEqual({ code: 'UNKNOWN_REGION', field: 'hukouRegionCode' });
      expect(errorOf(await add(p.id, { endDate: day(-20) }))).toEqual({ code: 'VALIDATION_FAILED', field: 'endDate' });
    });

    it('shows identity numbers only masked', async () => {
      const p = await createProject();
      const id = idNumber();
      const w = ok(await add(p.id, { idNumber: id })).addProjectWorker;
      expect(w.idNumberMasked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
      const body = JSON.stringify(ok(await t.gql(GET, { id: p.id }, officer.token)));
      expect(body).not.toContain(id);
      const [row] = await t.ds.query(`SELECT id_number_encrypted FROM project_workers WHERE id = $1`, [w.id]);
      expect(row.id_number_encrypted).not.toContain(id);
    });

    it('ends a tenure and keeps the record; a local exit below the threshold needs an acknowledgement', async () => {
      const p = await createProject();
      await staff(p.id, 3, 7);
      const local = (await figures(p.id)).workers.edges
        .map((e: { node: { id: string; local: boolean } }) => e.node)
        .find((w: { local: boolean }) => w.local);
      expect(errorOf(await t.gql(END, { input: { workerId: local.id } }, owner.token))).toEqual({
        code: 'LOCAL_HIRING_ACK_REQUIRED',
        field: 'acknowledgement',
      });
      const ended = ok(
        await t.gql(
          END,
          { input: { workerId: local.id, reason: '合同期满', acknowledgement: '合同到期，已安排本地人员补招' } },
          owner.token,
        ),
      ).endProjectWorker;
      expect(ended).toMatchObject({ active: false, endDate: day(0), endReason: '合同期满' });
      const after = await figures(p.id);
      expect(after.workers.totalCount).toBe(10);
      expect(after.localHiring).toMatchObject({ totalWorkers: 9, localWorkers: 2, status: 'BREACH' });
      expect(errorOf(await t.gql(END, { input: { workerId: local.id } }, owner.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'workerId',
      });
    });

    it('keeps the history day by day across hires and tenure ends', async () => {
      const p = await createProject();
      ok(await add(p.id, { startDate: day(-5) }));
      ok(
        await add(p.id, {
          startDate: day(-5),
          hukouRegionCode: QINGYANG_XIFENG,
          idNumber: idNumber(QINGYANG_XIFENG),
          acknowledgement: '补录',
        }),
      );
      ok(await add(p.id, { startDate: day(-3), endDate: day(-1) }));
      const history = ok(await t.gql(HISTORY, { id: p.id, from: day(-6), to: day(0) }, officer.token)).project.localHiringHistory;
      expect(
        history.map((d: { date: string; totalWorkers: number; localWorkers: number }) => [d.date, d.localWorkers, d.totalWorkers]),
      ).toEqual([
        [day(-6), 0, 0],
        [day(-5), 1, 2],
        [day(-4), 1, 2],
        [day(-3), 2, 3],
        [day(-2), 2, 3],
        [day(-1), 1, 2],
        [day(0), 1, 2],
      ]);
      expect(errorOf(await t.gql(HISTORY, { id: p.id, from: day(0), to: day(-1) }, officer.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'from',
      });
    });

    it('counts by prefecture when the scope says so, and recomputes everyone when an officer widens it', async () => {
      const p = await createProject();
      ok(await add(p.id, { hukouRegionCode: LINXIA_CITY, idNumber: idNumber(LINXIA_CITY), acknowledgement: '首位' }));
      expect((await figures(p.id)).localHiring).toMatchObject({ localWorkers: 0, totalWorkers: 1 });
      const widened = ok(await t.gql(UPDATE, { id: p.id, input: projectInput({ localScope: 'PREFECTURE' }) }, officer.token)).updateProject;
      expect(widened).toMatchObject({
        localScope: 'PREFECTURE',
        localScopeRegionCode: LINXIA_PREFECTURE,
        localHiring: { localWorkers: 1, totalWorkers: 1 },
      });
      expect(errorOf(await t.gql(UPDATE, { id: p.id, input: projectInput({ localScope: 'PROVINCE' }) }, owner.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'localScope',
      });
    });
  });

  describe('previewProjectHire', () => {
    it('says what a hire or an exit would do, and whether the rule allows it', async () => {
      const p = await createProject({ breachRule: 'BLOCK' });
      await staff(p.id, 3, 7);
      const hire = (hukouRegionCode: string) => t.gql(PREVIEW, { input: { projectId: p.id, hukouRegionCode } }, owner.token);
      expect(ok(await hire(QINGYANG_XIFENG)).previewProjectHire).toMatchObject({
        change: 'HIRE',
        local: false,
        breaches: true,
        allowed: false,
        requiresAcknowledgement: false,
        breachRule: 'BLOCK',
        before: { ratio: 0.3, status: 'AT_RISK' },
        after: { totalWorkers: 11, localWorkers: 3, status: 'BREACH', shortfall: 1 },
      });
      expect(ok(await hire('622921100')).previewProjectHire).toMatchObject({
        local: true,
        breaches: false,
        allowed: true,
        after: { localWorkers: 4, totalWorkers: 11 },
      });
      const someone = (await figures(p.id)).workers.edges.find((e: { node: { local: boolean } }) => !e.node.local).node;
      expect(
        ok(await t.gql(PREVIEW, { input: { projectId: p.id, change: 'EXIT', workerId: someone.id } }, owner.token)).previewProjectHire,
      ).toMatchObject({
        change: 'EXIT',
        local: false,
        breaches: false,
        after: { totalWorkers: 9, localWorkers: 3 },
      });
      expect(errorOf(await hire('999999'))).toEqual({ code: 'UNKNOWN_REGION', field: 'hukouRegionCode' });
      expect(errorOf(await t.gql(PREVIEW, { input: { projectId: p.id } }, owner.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'hukouRegionCode',
      });
    });
  });

  describe('CSV import', () => {
    const header = '姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力';
    const line = (name: string, id: string, region: string, extra = '') => `${name},${id},${region},钢筋工,${day(-3)},${extra},否`;

    it('pages a 30-row import (rows written in one instant) as 20 + 10, none skipped or repeated', async () => {
      const p = await createProject();
      const csv = [header, ...Array.from({ length: 30 }, (_, i) => line(`工人${i}`, idNumber(), LINXIA_COUNTY))].join('\n');
      expect(ok(await t.gql(IMPORT, { input: { projectId: p.id, csv } }, owner.token)).importProjectWorkers.imported).toBe(30);
      const PAGE = `query($id: ID!, $after: String) { project(id: $id) { workers(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
      const first = ok(await t.gql(PAGE, { id: p.id }, owner.token)).project.workers;
      const second = ok(await t.gql(PAGE, { id: p.id, after: first.pageInfo.endCursor }, owner.token)).project.workers;
      const ids = [...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id);
      expect([first.edges.length, second.edges.length, new Set(ids).size, second.pageInfo.hasNextPage]).toEqual([20, 10, 30, false]);
      expect(errorOf(await t.gql(PAGE, { id: p.id, after: 'bm90LWEtY3Vyc29y' }, owner.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'after',
      });
    });

    it('imports nothing when one row is bad, and names the row and the reason', async () => {
      const p = await createProject();
      const csv = [
        header,
        line('甲', idNumber(), LINXIA_COUNTY),
        line('乙', idNumber(), '62292X'),
        line('丙', idNumber(), LINXIA_COUNTY),
      ].join('\n');
      const r = ok(await t.gql(IMPORT, { input: { projectId: p.id, csv } }, owner.token)).importProjectWorkers;
      expect(r.imported).toBe(0);
      expect(r.errors).toEqual([{ line: 3, field: 'hukouRegionCode', code: 'INVALID_REGION', message: expect.stringContaining('62292X') }]);
      expect(r.project.localHiring.totalWorkers).toBe(0);
      expect((await t.ds.query(`SELECT count(*)::int AS n FROM project_workers WHERE project_id = $1`, [p.id]))[0].n).toBe(0);
    });

    it('reports every bad row: identity numbers, duplicates, dates', async () => {
      const p = await createProject();
      const dup = idNumber();
      const onRoster = idNumber();
      ok(await add(p.id, { idNumber: onRoster }));
      const csv = [
        header,
        line('甲', dup, LINXIA_COUNTY),
        line('乙', '622921199001011230', LINXIA_COUNTY),
        line('丙', dup, LINXIA_COUNTY),
        `丁,${idNumber()},${LINXIA_COUNTY},木工,${day(-3)},${day(-4)},否`,
        line('戊', onRoster, LINXIA_COUNTY),
      ].join('\n');
      const r = ok(await t.gql(IMPORT, { input: { projectId: p.id, csv } }, owner.token)).importProjectWorkers;
      expect(r.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
        [3, 'INVALID_ID_NUMBER'],
        [4, 'DUPLICATE_IN_FILE'],
        [5, 'END_BEFORE_START'],
        [6, 'ALREADY_ON_ROSTER'],
      ]);
      expect(r.imported).toBe(0);
    });

    it('imports a good file in one go, under the rule; a breaching file needs an acknowledgement', async () => {
      const p = await createProject();
      const rows = [
        ...Array.from({ length: 3 }, (_, i) => line(`本地${i}`, idNumber(), LINXIA_COUNTY)),
        ...Array.from({ length: 8 }, (_, i) => line(`外地${i}`, idNumber(QINGYANG_XIFENG), QINGYANG_XIFENG)),
      ];
      const csv = `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
      const refused = await t.gql(IMPORT, { input: { projectId: p.id, csv } }, owner.token);
      expect(errorOf(refused)).toEqual({ code: 'LOCAL_HIRING_ACK_REQUIRED', field: 'acknowledgement' });
      const r = ok(
        await t.gql(IMPORT, { input: { projectId: p.id, csv, acknowledgement: '进场初期，本地招聘进行中' } }, owner.token),
      ).importProjectWorkers;
      expect(r).toMatchObject({
        imported: 11,
        errors: [],
        preview: { breaches: true, after: { totalWorkers: 11, localWorkers: 3, status: 'BREACH' } },
      });
      expect(r.project.localHiring).toEqual({ totalWorkers: 11, localWorkers: 3, status: 'BREACH' });
      expect((await figures(p.id)).workers.edges.every((e: { node: { source: string } }) => e.node.source === 'CSV_IMPORT')).toBe(true);
    });

    it('refuses a file without the required columns', async () => {
      const p = await createProject();
      const r = ok(await t.gql(IMPORT, { input: { projectId: p.id, csv: '姓名,工种\n甲,木工' } }, owner.token)).importProjectWorkers;
      expect(r.errors).toEqual([{ line: 1, field: 'file', code: 'INVALID_FILE', message: expect.stringContaining('身份证号') }]);
    });
  });

  describe('hires on the platform', () => {
    it('adds the worker to the roster when an application on a project job moves to HIRED', async () => {
      const p = await createProject();
      const jobId = await makePublishedJob(t, owner, officer, { projectId: p.id, title: '钢筋工（G310项目）', occupation: '钢筋工' });
      const seeker = await makeSeeker(t, {
        fullName: '马福贵',
        hukouRegionCode: LINXIA_COUNTY,
        priorityGroups: ['POVERTY_ALLEVIATED'],
        idNumber: idNumber(),
      });
      const a = ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, seeker.token)).submitApplication;
      ok(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'HIRED' } }, owner.token));
      const after = await figures(p.id);
      expect(after.localHiring).toMatchObject({ totalWorkers: 1, localWorkers: 1, status: 'COMPLIANT' });
      expect(after.povertyAlleviatedWorkers).toBe(1);
      expect(after.workers.edges[0].node).toMatchObject({
        hukouRegion: { name: '临夏县' },
        fullName: '马福贵',
        source: 'PLATFORM_HIRE',
        applicationId: a.id,
        local: true,
        active: true,
        trade: '钢筋工',
        startDate: day(0),
        povertyAlleviated: true,
      });
      expect(after.workers.edges[0].node.idNumberMasked).toMatch(/^622921\*{8}\d{3}[\dX]$/);
    });

    it('applies the rule to the hire: the application stays where it was until the employer acknowledges', async () => {
      const p = await createProject();
      await staff(p.id, 3, 7);
      const jobId = await makePublishedJob(t, owner, officer, { projectId: p.id });
      const seeker = await makeSeeker(t, { hukouRegionCode: QINGYANG_XIFENG });
      const a = ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, seeker.token)).submitApplication;
      expect(errorOf(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'HIRED' } }, owner.token))).toEqual({
        code: 'LOCAL_HIRING_ACK_REQUIRED',
        field: 'localHiringAcknowledgement',
      });
      const [{ status }] = await t.ds.query(`SELECT status FROM applications WHERE id = $1`, [a.id]);
      expect(status).toBe('SUBMITTED');
      ok(
        await t.gql(
          MOVE,
          { input: { applicationId: a.id, toStatus: 'HIRED', localHiringAcknowledgement: '持证焊工本地暂缺' } },
          owner.token,
        ),
      );
      expect((await figures(p.id)).localHiring).toMatchObject({ totalWorkers: 11, localWorkers: 3 });
    });

    it('refuses to link a posting to another employer’s project', async () => {
      const p = await createProject();
      const other = await makeEmployer(t);
      const r = await t.gql(
        `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id } }`,
        { input: jobInput({ projectId: p.id }) },
        other.token,
      );
      expect(errorOf(r)).toEqual({ code: 'FORBIDDEN', field: 'projectId' });
    });
  });

  describe('local-first window and search', () => {
    it('shows a new project job only to local seekers for N days, and lets only them apply', async () => {
      const p = await createProject({ localFirstDays: 7, name: '临夏县乡村振兴供水项目' });
      const jobId = await makePublishedJob(t, owner, officer, {
        projectId: p.id,
        title: '管道安装工',
        occupation: '管道工',
        skills: ['管道安装'],
      });
      await t.drainSearch();
      const SEARCH = `query($input: JobSearchInput) { searchJobs(input: $input) { totalCount hits { node { id projectId } } facets { project { value label count } } } }`;
      const local = await makeSeeker(t, { hukouRegionCode: LINXIA_COUNTY });
      const nonLocal = await makeSeeker(t, { hukouRegionCode: LINXIA_CITY });
      const found = (s?: Session) =>
        t.gql(SEARCH, { input: { keyword: '管道安装工', facets: ['PROJECT'] } }, s?.token).then((r) => ok(r).searchJobs);
      const seen = await found(local);
      expect(seen.hits.map((h: { node: { id: string } }) => h.node.id)).toEqual([jobId]);
      expect(seen.facets.project).toEqual([{ value: p.id, label: '临夏县乡村振兴供水项目', count: 1 }]);
      expect((await found(nonLocal)).totalCount).toBe(0);
      expect((await found()).totalCount).toBe(0);
      expect(errorOf(await t.gql(APPLY, { input: { jobPostingId: jobId } }, nonLocal.token))).toEqual({
        code: 'LOCAL_FIRST_WINDOW',
        field: 'jobPostingId',
      });
      ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, local.token));
    });
  });

  describe('bureau dashboard', () => {
    it('lists the region’s projects by risk, filters by status, pages with a cursor', async () => {
      const o = await makeOfficer(t, '622923'); // 永靖县: a county of its own for this test
      const e = await makeEmployer(t, { regionCode: '622923' });
      const mk = async (name: string, local: number, nonLocal: number) => {
        const p = ok(
          await t.gql(CREATE, { input: projectInput({ name, employerId: e.employerId, regionCode: '622923' }) }, o.token),
        ).createProject;
        for (let i = 0; i < local; i++)
          ok(await t.gql(ADD, { input: worker(p.id, { hukouRegionCode: '622923', idNumber: idNumber('622923') }) }, o.token));
        for (let i = 0; i < nonLocal; i++)
          ok(
            await t.gql(
              ADD,
              { input: worker(p.id, { hukouRegionCode: QINGYANG_XIFENG, idNumber: idNumber(QINGYANG_XIFENG), acknowledgement: 'x' }) },
              o.token,
            ),
          );
        return p.id;
      };
      await mk('甲 合规', 5, 5);
      await mk('乙 无人', 0, 0);
      await mk('丙 超标', 1, 9);
      await mk('丁 临界', 3, 7);
      await mk('戊 超标更多', 0, 10);
      const all = ok(await t.gql(LIST, {}, o.token)).projects;
      expect(all.edges.map((x: { node: { name: string } }) => x.node.name)).toEqual([
        '戊 超标更多',
        '丙 超标',
        '丁 临界',
        '甲 合规',
        '乙 无人',
      ]);
      expect(ok(await t.gql(LIST, { localHiringStatus: 'BREACH' }, o.token)).projects.totalCount).toBe(2);
      const page1 = ok(await t.gql(LIST, { first: 2 }, o.token)).projects;
      const page2 = ok(await t.gql(LIST, { first: 2, after: page1.pageInfo.endCursor }, o.token)).projects;
      expect([page1.pageInfo.hasNextPage, page2.edges.map((x: { node: { name: string } }) => x.node.name)]).toEqual([
        true,
        ['丁 临界', '甲 合规'],
      ]);
      expect(ok(await t.gql(LIST, {}, e.token)).projects.totalCount).toBe(5);
      expect(ok(await t.gql(LIST, {}, await makeOfficer(t, QINGYANG_PREFECTURE).then((x) => x.token))).projects.totalCount).toBe(0);
    });
  });

  describe('live figures over socket.io', () => {
    const sockets: Socket[] = [];
    afterAll(() => sockets.forEach((s) => s.disconnect()));
    const connect = (token?: string) =>
      new Promise<Socket>((resolve, reject) => {
        const s = io(`${t.url}/projects`, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
        sockets.push(s);
        s.on('ready', () => resolve(s));
        s.on('error', (e: { code: string }) => reject(new Error(e.code)));
        s.on('connect_error', reject);
      });

    it('pushes the new ratio to an open project page and the region’s dashboard within a second', async () => {
      const p = await createProject();
      const page = await connect(owner.token);
      const dashboard = await connect(officer.token);
      await expect(page.emitWithAck('project.watch', { projectId: p.id })).resolves.toEqual({ ok: true });
      await expect(dashboard.emitWithAck('dashboard.watch', {})).resolves.toEqual({ ok: true });
      const started = Date.now();
      const onPage = new Promise((resolve) => page.on('project.local_hiring_changed', resolve));
      const onDashboard = new Promise((resolve) => dashboard.on('project.local_hiring_changed', resolve));
      ok(await add(p.id));
      const expected = { projectId: p.id, localHiring: expect.objectContaining({ totalWorkers: 1, localWorkers: 1, status: 'COMPLIANT' }) };
      await expect(onPage).resolves.toEqual(expected);
      await expect(onDashboard).resolves.toEqual(expected);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('refuses to watch someone else’s project, and a socket without a valid token', async () => {
      const p = await createProject();
      const stranger = await connect((await makeEmployer(t)).token);
      await expect(stranger.emitWithAck('project.watch', { projectId: p.id })).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
      await expect(stranger.emitWithAck('dashboard.watch', {})).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' });
      await expect(connect('forged.token')).rejects.toThrow('UNAUTHENTICATED');
    });
  });

  describe('work relief (以工代赈)', () => {
    it('measures labour pay against the investment (15% from the policy pack)', async () => {
      const p = await createProject({ kind: 'WORK_RELIEF', investment: '2000000' });
      const RECORD = `mutation($input: RecordLabourPaymentInput!) { recordLabourPayment(input: $input) { id } }`;
      const PAY = `query($id: ID!) { project(id: $id) { investment labourPay { investment labourPaid threshold share compliant shortfall payments { amount paidOn } } } }`;
      ok(await t.gql(RECORD, { input: { projectId: p.id, paidOn: day(-30), amount: '200000' } }, owner.token));
      expect(ok(await t.gql(PAY, { id: p.id }, owner.token)).project.labourPay).toMatchObject({
        investment: '2000000.00',
        labourPaid: '200000.00',
        threshold: '0.15',
        share: 0.1,
        compliant: false,
        shortfall: '100000.00',
      });
      ok(await t.gql(RECORD, { input: { projectId: p.id, paidOn: day(-1), amount: '100000.00', note: '11月劳务报酬' } }, owner.token));
      expect(ok(await t.gql(PAY, { id: p.id }, owner.token)).project.labourPay).toMatchObject({
        compliant: true,
        shortfall: '0.00',
        share: 0.15,
      });
      expect(errorOf(await t.gql(RECORD, { input: { projectId: p.id, paidOn: day(0), amount: '-5' } }, owner.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      const plain = await createProject();
      expect(ok(await t.gql(PAY, { id: plain.id }, owner.token)).project.labourPay).toBeNull();
      expect(errorOf(await t.gql(RECORD, { input: { projectId: plain.id, paidOn: day(0), amount: '5' } }, owner.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'projectId',
      });
    });
  });
});
