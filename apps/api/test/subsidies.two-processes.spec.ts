import { generateIdNumber } from '@jobbridge/domain';
import {
  ApiProcess,
  createTestApp,
  gqlRequest,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  startApiProcess,
  TestApp,
} from '@jobbridge/testing';
import { SubsidiesService } from '../src/modules/subsidies/subsidies.service';

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;

/**
 * Two API processes on one database: the same graduate is hired by two employers at the same moment, one hire through
 * each process; then the second process is killed (SIGKILL) before anyone looks. Exactly one of the "不能重复享受" pair
 * is proposed, and the hire the dead process never judged is judged by the survivor's sweep.
 */
describe('subsidies across API processes', () => {
  let t: TestApp;
  let second: ApiProcess;
  beforeAll(async () => {
    t = await createTestApp({ env: { SUBSIDY_DEMO_PACKS: 'true' } });
    second = await startApiProcess(t.env);
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await t?.close();
  });

  it('simultaneous hires of one person on two processes, one killed: one subsidy of the exclusive pair, every hire judged', async () => {
    const officer = await makeOfficer(t, QINGYANG_PREFECTURE);
    const idNumber = generateIdNumber(`62100220020304${String(Date.now() % 1000).padStart(3, '0')}`);
    const seeker = await makeSeeker(t, {
      priorityGroups: ['GRADUATE'],
      graduationDate: `${new Date().getFullYear()}-06-30`,
      hukouRegionCode: QINGYANG_XIFENG,
      idNumber,
    });
    const hires: { employer: { token: string }; app: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const employer = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
      const job = await makePublishedJob(t, employer, officer, { workRegionCode: QINGYANG_XIFENG });
      const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id as string;
      hires.push({ employer, app });
    }
    const input = (i: number) => ({ input: { applicationId: hires[i].app, toStatus: 'HIRED', contractMonths: 12 } });
    const [one, two] = await Promise.all([
      t.gql(MOVE, input(0), hires[0].employer.token),
      gqlRequest(second.url, MOVE, input(1), hires[1].employer.token),
    ]);
    expect(ok(one).moveApplication.status).toBe('HIRED');
    expect(ok(two).moveApplication.status).toBe('HIRED');
    await second.crash();

    // The survivor's sweep judges whatever is left; a second sweep finds nothing more.
    const service = t.app.get(SubsidiesService);
    await service.sweep();
    expect(await service.sweep()).toBe(0);
    const judged: { event_key: string }[] = await t.ds.query(`SELECT event_key FROM subsidy_events WHERE event_key = ANY($1)`, [
      hires.map((h) => `hire:${h.app}`),
    ]);
    expect(judged).toHaveLength(2);
    const live: { rule_id: string; employer_id: string }[] = await t.ds.query(
      `SELECT rule_id, employer_id FROM subsidy_proposals WHERE worker_user_id = $1 AND exclusive_group IS NOT NULL AND status <> 'REJECTED'`,
      [seeker.userId],
    );
    expect(live).toHaveLength(1);
    expect(live[0].rule_id).toBe('xifeng-demo-2026.absorb-youth');
  }, 120_000);
});
