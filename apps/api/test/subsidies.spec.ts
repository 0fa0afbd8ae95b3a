import { generateIdNumber } from '@jobbridge/domain';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestApp,
  errorOf,
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
import { loadInstalledSubsidyPacks } from '../src/modules/subsidies/subsidy-packs.provider';
import { SubsidiesService } from '../src/modules/subsidies/subsidies.service';

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status contractMonths } }`;
const PROPOSAL = `id ruleId ruleName status amountFen amountYuan amountNote missing beneficiary employerName personName personIdMasked regionCode
  conditions { kind status text } citation { doc clause quote } evidence { kind id label } decisionReason requestedItem supplied
  payment { reference amountYuan paidOn }`;
const APP_SUBSIDIES = `query($id: ID!) { applicationsForJob(jobPostingId: $id, first: 2) { edges { node { id status subsidies { ${PROPOSAL} } } } } }`;
const MINE = `{ mySubsidies { pendingYuan approvedYuan paidYuan proposals { ${PROPOSAL} } } }`;
const QUEUE = `query($status: [SubsidyStatus!], $region: String) { subsidyProposals(status: $status, regionCode: $region, first: 20) {
  totalCount edges { node { ${PROPOSAL} audit { action actorName packId note } } } } }`;
const DECIDE = `mutation($input: DecideSubsidyInput!) { decideSubsidy(input: $input) { id status decisionReason requestedItem } }`;
const SUPPLY = `mutation($input: SupplySubsidyItemInput!) { supplySubsidyItem(input: $input) { id status supplied } }`;
const PAY = `mutation($input: SubsidyPaymentBatchInput!) { createSubsidyPaymentBatch(input: $input) { id reference count totalYuan payments { reference amountYuan } } }`;
const BATCHES = `query($region: String) { subsidyPayments(regionCode: $region) { id reference count totalYuan } }`;
const EXPORT = `query($id: ID!) { subsidyPaymentExport(batchId: $id) }`;
const PACKS = `{ policyPacks { id regionCode regionName doc inForce rules { id name amount conditions citation { doc clause quote } notTogetherWith caps } questions { key text type } } }`;
const PACK = `query($region: String, $id: String) { policyPack(regionCode: $region, id: $id) { id regionName inForce rules { name amount } } }`;
const ESTIMATE = `query($region: String!, $answers: SubsidyAnswersInput!) { estimateSubsidies(regionCode: $region, answers: $answers) {
  packId lines { ruleId ruleName verdict amountYuan reasons missing } notEligible { ruleId reason } } }`;

const thisYear = new Date().getFullYear();
type Proposal = { id: string; ruleId: string; status: string; amountFen: number; [k: string]: unknown };

describe('subsidies found from events (issue 14)', () => {
  let t: TestApp;
  let officer: Session; // 庆阳市
  let linxiaOfficer: Session;
  let service: SubsidiesService;

  beforeAll(async () => {
    t = await createTestApp({ env: { SUBSIDY_DEMO_PACKS: 'true' } });
    officer = await makeOfficer(t, QINGYANG_PREFECTURE);
    linxiaOfficer = await makeOfficer(t);
    service = t.app.get(SubsidiesService);
  });
  afterAll(() => t?.close());

  /** A graduate of this year hired in 西峰区 on a 12-month contract; returns the sessions and the application. */
  async function hireGraduate(contractMonths: number | null = 12, seekerOver: Record<string, unknown> = {}) {
    const employer = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
    const job = await makePublishedJob(t, employer, officer, { workRegionCode: QINGYANG_XIFENG, address: '西峰区工业园' });
    const seeker = await makeSeeker(t, {
      priorityGroups: ['GRADUATE'],
      graduationDate: `${thisYear}-06-30`,
      hukouRegionCode: QINGYANG_XIFENG,
      ...seekerOver,
    });
    const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
    const moved = ok(
      await t.gql(
        MOVE,
        { input: { applicationId: app, toStatus: 'HIRED', ...(contractMonths ? { contractMonths } : {}) } },
        employer.token,
      ),
    );
    expect(moved.moveApplication).toMatchObject({ status: 'HIRED', contractMonths });
    return { employer, job, seeker, app };
  }

  const subsidiesOf = async (job: string, employer: Session): Promise<Proposal[]> =>
    ok(await t.gql(APP_SUBSIDIES, { id: job }, employer.token)).applicationsForJob.edges[0].node.subsidies;

  it('a graduate hired on a 1-year contract: the employer sees 一次性吸纳就业补贴 on the hire, cited, with every condition', async () => {
    const { employer, job, seeker } = await hireGraduate();
    const [p] = await subsidiesOf(job, employer);
    expect(p).toMatchObject({
      ruleId: 'xifeng-demo-2026.absorb-youth',
      ruleName: '一次性吸纳就业补贴',
      status: 'PROPOSED',
      amountYuan: '1000.00',
      beneficiary: 'EMPLOYER',
      regionCode: QINGYANG_XIFENG,
      missing: [],
      citation: { doc: '001', clause: '8.' },
      evidence: { kind: 'APPLICATION' },
      personIdMasked: null,
    });
    expect(p.conditions).toEqual([
      expect.objectContaining({ kind: 'anyOf', status: 'MET', text: expect.stringContaining('毕业年度或离校2年内') }),
      expect.objectContaining({ kind: 'contractMonthsAtLeast', status: 'MET', text: expect.stringContaining('12个月') }),
    ]);
    const mine = ok(await t.gql(MINE, {}, employer.token)).mySubsidies;
    expect(mine).toMatchObject({ pendingYuan: '1000.00', paidYuan: '0.00' });
    // The worker's own list holds worker subsidies only; the employer's is not theirs to see.
    expect(ok(await t.gql(MINE, {}, seeker.token)).mySubsidies.proposals.map((x: Proposal) => x.ruleId)).not.toContain(p.ruleId);
    // Judged once, however often it is looked at or swept.
    await service.sweep();
    expect(await subsidiesOf(job, employer)).toHaveLength(1);
  });

  it('without the contract term, the larger 扩岗 is proposed with the missing item named; the officer asks, the employer answers', async () => {
    const { employer, job } = await hireGraduate(null);
    const [p] = await subsidiesOf(job, employer);
    expect(p).toMatchObject({ ruleName: '一次性扩岗补助', amountYuan: '1500.00', missing: ['社会保险缴费记录'] });
    expect(errorOf(await t.gql(DECIDE, { input: { ids: [p.id], decision: 'REQUEST_INFO' } }, officer.token))).toMatchObject({
      field: 'item',
    });
    const asked = ok(
      await t.gql(DECIDE, { input: { ids: [p.id], decision: 'REQUEST_INFO', item: '社会保险缴费记录' } }, officer.token),
    ).decideSubsidy;
    expect(asked[0]).toMatchObject({ status: 'INFO_REQUESTED', requestedItem: '社会保险缴费记录' });
    const other = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
    expect(errorOf(await t.gql(SUPPLY, { input: { id: p.id, text: 'x' } }, other.token)).code).toBe('NOT_FOUND');
    const supplied = ok(
      await t.gql(SUPPLY, { input: { id: p.id, text: '已上传2026年7月社保缴费凭证' } }, employer.token),
    ).supplySubsidyItem;
    expect(supplied).toMatchObject({ status: 'PROPOSED', supplied: '已上传2026年7月社保缴费凭证' });
    expect(errorOf(await t.gql(DECIDE, { input: { ids: [p.id], decision: 'REJECT' } }, officer.token))).toMatchObject({ field: 'reason' });
    const rejected = ok(await t.gql(DECIDE, { input: { ids: [p.id], decision: 'REJECT', reason: '缴费记录不足1个月' } }, officer.token));
    expect(rejected.decideSubsidy[0]).toMatchObject({ status: 'REJECTED', decisionReason: '缴费记录不足1个月' });
  });

  it('the officer approves in a batch (in their region only, all or nothing), pays with references and exports the bank file', async () => {
    const a = await hireGraduate();
    const b = await hireGraduate();
    const ids = [(await subsidiesOf(a.job, a.employer))[0].id, (await subsidiesOf(b.job, b.employer))[0].id];
    // Outside the region: refused, and nothing was decided.
    expect(errorOf(await t.gql(DECIDE, { input: { ids, decision: 'APPROVE' } }, linxiaOfficer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(QUEUE, { region: QINGYANG_XIFENG }, linxiaOfficer.token))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'regionCode',
    });
    expect(
      errorOf(await t.gql(DECIDE, { input: { ids: [...ids, '00000000-0000-4000-8000-000000000000'], decision: 'APPROVE' } }, officer.token))
        .code,
    ).toBe('NOT_FOUND');
    const queue = ok(await t.gql(QUEUE, { status: ['PROPOSED'] }, officer.token)).subsidyProposals;
    expect(queue.edges.map((e: { node: Proposal }) => e.node.id)).toEqual(expect.arrayContaining(ids));
    expect(ok(await t.gql(QUEUE, {}, linxiaOfficer.token)).subsidyProposals.edges.map((e: { node: Proposal }) => e.node.id)).not.toContain(
      ids[0],
    );
    const node = queue.edges.find((e: { node: Proposal }) => e.node.id === ids[0]).node;
    expect(node.personIdMasked === null || /\*/.test(node.personIdMasked)).toBe(true);
    expect(node.audit).toEqual([
      expect.objectContaining({ action: 'PROPOSED', actorName: '系统（免申即享）', packId: 'xifeng-demo-2026' }),
    ]);

    const approved = ok(await t.gql(DECIDE, { input: { ids, decision: 'APPROVE' } }, officer.token)).decideSubsidy;
    expect(approved.map((p: Proposal) => p.status)).toEqual(['APPROVED', 'APPROVED']);
    // A double tap changes nothing; a different decision afterwards is refused.
    expect(
      ok(await t.gql(DECIDE, { input: { ids, decision: 'APPROVE' } }, officer.token)).decideSubsidy.map((p: Proposal) => p.status),
    ).toEqual(['APPROVED', 'APPROVED']);
    expect(errorOf(await t.gql(DECIDE, { input: { ids: [ids[0]], decision: 'REJECT', reason: '改判' } }, officer.token)).code).toBe(
      'SUBSIDY_ALREADY_DECIDED',
    );
    expect(ok(await t.gql(MINE, {}, a.employer.token)).mySubsidies).toMatchObject({ pendingYuan: '0.00', approvedYuan: '1000.00' });

    const key = `pay-${Date.now()}`;
    // A double tap: three copies at once all answer with the one batch (the losers wait on the proposals' locks and
    // then find them PAID by the winner, whose batch they return instead of an error).
    const taps = await Promise.all(
      [1, 2, 3].map(
        async () =>
          ok(await t.gql(PAY, { input: { regionCode: QINGYANG_XIFENG, ids, idempotencyKey: key } }, officer.token))
            .createSubsidyPaymentBatch,
      ),
    );
    const batch = taps[0];
    expect(taps.map((b: { id: string }) => b.id)).toEqual([batch.id, batch.id, batch.id]);
    expect(batch).toMatchObject({ count: 2, totalYuan: '2000.00' });
    expect(batch.reference).toMatch(/^BT-621002-\d{8}-\d+$/);
    expect(batch.payments.map((p: { reference: string }) => p.reference)).toEqual([`${batch.reference}-0001`, `${batch.reference}-0002`]);
    // A retried batch is the same batch; nothing is paid twice.
    expect(
      ok(await t.gql(PAY, { input: { regionCode: QINGYANG_XIFENG, ids, idempotencyKey: key } }, officer.token)).createSubsidyPaymentBatch
        .id,
    ).toBe(batch.id);
    expect(await t.ds.query(`SELECT id FROM subsidy_payment_batches WHERE idempotency_key = $1`, [key])).toEqual([{ id: batch.id }]);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM subsidy_payments WHERE proposal_id = ANY($1)`, [ids])).toEqual([{ n: 2 }]);
    expect(errorOf(await t.gql(PAY, { input: { regionCode: QINGYANG_XIFENG, ids } }, officer.token)).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await t.gql(DECIDE, { input: { ids: [ids[0]], decision: 'APPROVE' } }, officer.token)).code).toBe(
      'SUBSIDY_ALREADY_PAID',
    );
    expect(ok(await t.gql(BATCHES, {}, officer.token)).subsidyPayments.map((x: { id: string }) => x.id)).toContain(batch.id);
    expect(errorOf(await t.gql(EXPORT, { id: batch.id }, linxiaOfficer.token)).code).toBe('FORBIDDEN');

    const csv: string = ok(await t.gql(EXPORT, { id: batch.id }, officer.token)).subsidyPaymentExport;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '序号,批次号,付款参考号,收款方类型,收款方名称,收款方证件号,金额（元）,政策名称,政策依据,地区代码,审批人,审批日期,发放日期',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1].split(',').slice(0, 4)).toEqual(['1', batch.reference, `${batch.reference}-0001`, '单位']);
    expect(lines[1]).toContain(',1000.00,一次性吸纳就业补贴,001 8.,621002,');
    expect(lines[3]).toContain('2笔,,2000.00');

    const paid = ok(await t.gql(MINE, {}, a.employer.token)).mySubsidies;
    expect(paid).toMatchObject({ paidYuan: '1000.00' });
    expect(paid.proposals[0]).toMatchObject({ status: 'PAID', payment: { amountYuan: '1000.00' } });
    const audit = ok(await t.gql(QUEUE, { status: ['PAID'] }, officer.token)).subsidyProposals.edges.find(
      (e: { node: Proposal }) => e.node.id === ids[0],
    ).node.audit;
    expect(audit.map((x: { action: string }) => x.action)).toEqual(['PROPOSED', 'APPROVED', 'PAID']);
    // The trail is append-only in the database itself.
    await expect(t.ds.query(`UPDATE subsidy_audit SET note = 'x' WHERE proposal_id = $1`, [ids[0]])).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM subsidy_audit WHERE proposal_id = $1`, [ids[0]])).rejects.toThrow(/append-only/);
  });

  it('two employers hire the same graduate at once: one subsidy of the exclusive pair, whatever the order', async () => {
    const idNumber = generateIdNumber(`62100220010203${String(Date.now() % 1000).padStart(3, '0')}`);
    const seeker = await makeSeeker(t, {
      priorityGroups: ['GRADUATE'],
      graduationDate: `${thisYear}-06-30`,
      hukouRegionCode: QINGYANG_XIFENG,
      idNumber,
    });
    const hires = await Promise.all(
      [0, 1].map(async () => {
        const employer = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
        const job = await makePublishedJob(t, employer, officer, { workRegionCode: QINGYANG_XIFENG });
        const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
        return { employer, job, app };
      }),
    );
    await Promise.all(
      hires.map((h) => t.gql(MOVE, { input: { applicationId: h.app, toStatus: 'HIRED', contractMonths: 24 } }, h.employer.token)),
    );
    // Both hires judged by racing paths: the hook, the sweep and a read.
    await Promise.all([
      service.sweep(),
      service.judgeApplication(hires[0].app),
      service.judgeApplication(hires[1].app),
      subsidiesOf(hires[0].job, hires[0].employer),
    ]);
    const rows: { rule_id: string }[] = await t.ds.query(
      `SELECT rule_id FROM subsidy_proposals WHERE worker_user_id = $1 AND exclusive_group IS NOT NULL AND status <> 'REJECTED'`,
      [seeker.userId],
    );
    expect(rows).toHaveLength(1);
  });

  it('a certificate on a profile proposes 技能提升补贴 to the worker; a hire six months on is judged as a tenure', async () => {
    const seeker = await makeSeeker(t, {
      hukouRegionCode: QINGYANG_XIFENG,
      residenceRegionCode: QINGYANG_XIFENG,
      certificates: [{ name: '电工', level: 'LEVEL_4' }],
    });
    await service.sweep();
    const mine = ok(await t.gql(MINE, {}, seeker.token)).mySubsidies;
    expect(mine.proposals).toEqual([
      expect.objectContaining({
        ruleName: '技能提升补贴',
        amountYuan: '1500.00',
        beneficiary: 'WORKER',
        missing: ['参保缴费记录'],
        evidence: expect.objectContaining({ kind: 'CERTIFICATE' }),
      }),
    ]);
    expect(mine.pendingYuan).toBe('1500.00');
    // A hire dated seven months ago: its 6-month tenure is judged once (the demo pack pays nothing for it), 12 not yet.
    const { app } = await hireGraduate();
    await t.ds.query(
      `UPDATE application_events SET created_at = now() - interval '7 months' WHERE application_id = $1 AND to_status = 'HIRED'`,
      [app],
    );
    await service.sweep();
    const keys: { event_key: string }[] = await t.ds.query(
      `SELECT event_key FROM subsidy_events WHERE event_key LIKE '%' || $1 ORDER BY 1`,
      [app],
    );
    expect(keys.map((k) => k.event_key)).toEqual([`hire:${app}`, `tenure6:${app}`]);
  });

  it('registered unemployed for over six months, then hired: 吸纳登记失业半年以上人员 from the registration, and the case closes', async () => {
    const idNumber = generateIdNumber(`62100219850506${String(Date.now() % 1000).padStart(3, '0')}`);
    const seeker = await makeSeeker(t, {
      hukouRegionCode: QINGYANG_XIFENG,
      residenceRegionCode: QINGYANG_XIFENG,
      birthYear: 1985,
      idNumber,
    });
    const registered = ok(
      await t.gql(
        `mutation($input: RegisterUnemploymentInput!) { registerUnemployment(input: $input) { id } }`,
        {
          input: {
            idNumber,
            regionCode: QINGYANG_XIFENG,
            reason: 'CONTRACT_ENDED',
            householdHeadIdNumber: idNumber,
            householdHeadName: '测试户主',
            workingAgeMembers: 1,
            employedMembers: 0,
            wantsJob: true,
          },
        },
        seeker.token,
      ),
    ).registerUnemployment;
    // Seven months pass.
    await t.ds.query(`UPDATE unemployment_registrations SET registered_on = registered_on - interval '7 months' WHERE id = $1`, [
      registered.id,
    ]);
    const employer = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
    const job = await makePublishedJob(t, employer, officer, { workRegionCode: QINGYANG_XIFENG });
    const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
    ok(await t.gql(MOVE, { input: { applicationId: app, toStatus: 'HIRED', contractMonths: 12 } }, employer.token));
    const [p] = await subsidiesOf(job, employer);
    expect(p).toMatchObject({ ruleName: '一次性吸纳就业补贴（登记失业半年以上人员）', amountYuan: '1000.00', missing: [] });
    expect((p.conditions as unknown[])[0]).toMatchObject({
      kind: 'registeredUnemployedMonthsAtLeast',
      status: 'MET',
      text: expect.stringContaining('已7个月'),
    });
    // The hire closes the registration (in the background; wait for the state, not for a time).
    const deadline = Date.now() + 10_000;
    let reg: { status: string; closed_reason: string | null } | undefined;
    do {
      [reg] = await t.ds.query(`SELECT status, closed_reason FROM unemployment_registrations WHERE id = $1`, [registered.id]);
      if (reg?.status === 'CLOSED') break;
      await new Promise((r) => setImmediate(r));
    } while (Date.now() < deadline);
    expect(reg).toEqual({ status: 'CLOSED', closed_reason: 'EMPLOYED' });
  });

  it('a hire in a region without a pack in force proposes nothing', async () => {
    const employer = await makeEmployer(t);
    const job = await makePublishedJob(t, employer, linxiaOfficer);
    const seeker = await makeSeeker(t, { priorityGroups: ['GRADUATE'], graduationDate: `${thisYear}-06-30` });
    const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
    ok(await t.gql(MOVE, { input: { applicationId: app, toStatus: 'HIRED', contractMonths: 12 } }, employer.token));
    expect(await subsidiesOf(job, employer)).toEqual([]);
  });

  it('policy pages: every pack cited, the pack in force for a region, and "what would I get" from answers', async () => {
    const packs = ok(await t.gql(PACKS, {})).policyPacks;
    expect(packs.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['linxia-2020', 'qingyang-2023', 'anshan-2020', 'changle-2020', 'tacheng-2020', 'xifeng-demo-2026']),
    );
    for (const p of packs)
      for (const r of p.rules) {
        expect(r.citation.quote.length).toBeGreaterThan(5);
        expect(r.amount).toMatch(/元|%/);
      }
    const qy = packs.find((p: { id: string }) => p.id === 'qingyang-2023');
    expect(qy.rules.find((r: { name: string }) => r.name === '一次性吸纳就业补贴').notTogetherWith).toContain('一次性扩岗补助');
    expect(qy.questions.length).toBeGreaterThan(3);
    expect(ok(await t.gql(PACK, { region: QINGYANG_XIFENG })).policyPack).toMatchObject({ id: 'xifeng-demo-2026', inForce: true });
    expect(ok(await t.gql(PACK, { region: '621021' })).policyPack).toMatchObject({ id: 'qingyang-2023' }); // falls back to the prefecture
    // A pack whose rules have all ended is not in force, though its period is open (长乐: every rule was for 2020).
    expect(packs.find((p: { id: string }) => p.id === 'changle-2020').inForce).toBe(false);
    expect(ok(await t.gql(PACK, { region: '110101' })).policyPack).toBeNull();
    const est = ok(
      await t.gql(ESTIMATE, {
        region: QINGYANG_XIFENG,
        answers: { groups: ['GRADUATE'], graduationDate: `${thisYear}-06-30`, contractMonths: 12 },
      }),
    ).estimateSubsidies;
    expect(est.packId).toBe('xifeng-demo-2026');
    expect(est.lines.find((l: { ruleId: string }) => l.ruleId === 'xifeng-demo-2026.absorb-youth')).toMatchObject({
      verdict: 'LIKELY',
      amountYuan: '1000.00',
    });
    expect(errorOf(await t.gql(ESTIMATE, { region: '12ab', answers: {} }))).toMatchObject({ code: 'UNKNOWN_REGION' });
    expect(errorOf(await t.gql(ESTIMATE, { region: QINGYANG_XIFENG, answers: { graduationDate: '2024/06/30' } }))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('a bad pack stops the start with a message naming the pack, the rule and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    const bad = {
      id: 'bad-2026',
      regionCode: '621000',
      regionName: '庆阳市',
      document: '测试',
      doc: '001',
      validFrom: '2026-01-01',
      validTo: null,
      rules: [
        {
          id: 'bad-2026.x',
          name: '测试',
          summary: '测试',
          citation: { doc: '001', clause: '', quote: '' },
          trigger: 'HIRE',
          beneficiary: 'EMPLOYER',
          regionBasis: 'WORKPLACE',
          period: 'ONCE',
          conditions: [{ kind: 'isRelativeOfMayor' }],
          amount: { kind: 'fixed', yuan: 100 },
        },
      ],
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    let message = '';
    try {
      loadInstalledSubsidyPacks(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('补贴政策包有误');
    expect(message).toContain('bad-2026 rule bad-2026.x: unknown condition "isRelativeOfMayor"');
    expect(message).toContain('missing citation');
    // A well-formed pack whose validity overlaps the shipped one for the same region.
    const overlapping = {
      ...bad,
      id: 'renewal-2023',
      rules: [{ ...bad.rules[0], id: 'renewal-2023.x', citation: { doc: '001', clause: '8.', quote: '按每人1000元标准' }, conditions: [] }],
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(overlapping));
    expect(() => loadInstalledSubsidyPacks(dir)).toThrow('qingyang-2023 and renewal-2023: overlapping validity periods for region 621000');
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => loadInstalledSubsidyPacks(dir)).toThrow(/不是有效的JSON/);
  });
});
