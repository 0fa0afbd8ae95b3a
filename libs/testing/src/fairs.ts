import { chinaCalendarDate, formatIsoDate, chinaInstant } from '@jobbridge/domain';
import { ok } from './graphql-client';
import { LINXIA_PREFECTURE, makePublishedJob, Session } from './factories';
import type { TestApp } from './test-app';

const DAY = 86_400_000;
const chinaDay = (offsetDays: number) => formatIsoDate(chinaCalendarDate(new Date(Date.now() + offsetDays * DAY)));

/** A fair input: published with its booth window open now, starting in three days (China), 09:00–17:00. */
export function fairInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '春风行动·网络招聘会',
    campaign: 'SPRING_BREEZE',
    theme: '稳就业 促增收',
    regionCode: LINXIA_PREFECTURE,
    targetGroups: ['POVERTY_ALLEVIATED', 'MIGRANT_WORKER'],
    mode: 'ONLINE',
    boothApplyFrom: new Date(Date.now() - 3_600_000).toISOString(),
    boothApplyUntil: new Date(Date.now() + 3_600_000).toISOString(),
    startDate: chinaDay(3),
    endDate: chinaDay(4),
    opensAt: '09:00',
    closesAt: '17:00',
    boothCapacity: 50,
    priorityWindowMinutes: null,
    answerWindowSeconds: 60,
    maxQueuesPerSeeker: 3,
    ...overrides,
  };
}

/** The same fair moved to run from yesterday to tomorrow around the clock (so it is open whenever a test runs). */
export function allDayNow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const yesterday = chinaDay(-1);
  const firstOpening = chinaInstant(yesterday, '00:00');
  return fairInput({
    boothApplyFrom: new Date(firstOpening.getTime() - 7 * DAY).toISOString(),
    boothApplyUntil: firstOpening.toISOString(),
    startDate: yesterday,
    endDate: chinaDay(1),
    opensAt: '00:00',
    closesAt: '24:00',
    ...overrides,
  });
}

const FAIR = `id status`;
const CREATE = `mutation($input: JobFairInput!) { createJobFair(input: $input) { ${FAIR} } }`;
const UPDATE = `mutation($id: ID!, $input: JobFairInput!) { updateJobFair(id: $id, input: $input) { ${FAIR} } }`;
const APPLY = `mutation($input: BoothApplicationInput!) { applyForBooth(input: $input) { id status } }`;
const REVIEW = `mutation($input: ReviewBoothInput!) { reviewBooth(input: $input) { id status number } }`;

export interface LiveFair {
  fairId: string;
  /** One approved booth per employer given, in order, with its job ids. */
  booths: { boothId: string; number: string; jobIds: string[]; employer: Session }[];
}

/**
 * A published fair whose booths were applied for and approved during the window, then moved to run now and started:
 * the path a bureau takes, through the API. Each employer staffs its booth with its own account.
 */
export async function makeLiveFair(
  t: TestApp,
  officer: Session,
  employers: Session[],
  overrides: Record<string, unknown> = {},
  start = true,
  jobOverrides: Record<string, unknown> = {},
): Promise<LiveFair> {
  const fairId = ok(await t.gql(CREATE, { input: fairInput(overrides) }, officer.token)).createJobFair.id;
  ok(await t.gql(`mutation($id: ID!) { publishJobFair(id: $id) { id } }`, { id: fairId }, officer.token));
  const booths: LiveFair['booths'] = [];
  for (const employer of employers) {
    const jobIds = [await makePublishedJob(t, employer, officer, jobOverrides)];
    const boothId = ok(
      await t.gql(
        APPLY,
        { input: { fairId, intro: '欢迎来展位洽谈', jobPostingIds: jobIds, staffUserIds: [employer.userId] } },
        employer.token,
      ),
    ).applyForBooth.id;
    const number = ok(await t.gql(REVIEW, { input: { boothId, approve: true } }, officer.token)).reviewBooth.number;
    booths.push({ boothId, number, jobIds, employer });
  }
  ok(await t.gql(UPDATE, { id: fairId, input: allDayNow(overrides) }, officer.token));
  if (start) ok(await t.gql(`mutation($id: ID!) { startJobFair(id: $id) { id } }`, { id: fairId }, officer.token));
  return { fairId, booths };
}
