import { DormitoryProvision, JobKind, MealProvision, Role, SocialInsurance } from '@jobbridge/contracts';
import { generateCreditCode } from '@jobbridge/domain';
import { hash } from '@node-rs/argon2';
import { UserEntity } from '@jobbridge/api/testing';
import { ok } from './graphql-client';
import type { TestApp } from './test-app';

/** Factories that go through the real API wherever a user could, so tests exercise the same paths. */
export const PASSWORD = 'Passw0rd!2026';
export const LINXIA_COUNTY = '622921'; // 临夏县
export const LINXIA_CITY = '622901'; // 临夏市
export const LINXIA_PREFECTURE = '622900'; // 临夏回族自治州
export const QINGYANG_XIFENG = '621002'; // 庆阳市 西峰区
export const QINGYANG_PREFECTURE = '621000';

let seq = 0;
const uniquePhone = () => `13${String(Date.now() % 1e5).padStart(5, '0')}${String(++seq % 1e4).padStart(4, '0')}`;

export function creditCodeFor(n: number): string {
  return generateCreditCode(`91${LINXIA_COUNTY}${String(n).padStart(9, '0')}`);
}

export interface Session {
  token: string;
  userId: string;
  phone: string;
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`;

export async function signUp(
  t: TestApp,
  role: Role.EMPLOYER | Role.JOB_SEEKER,
  displayName = role === Role.EMPLOYER ? '测试单位' : '测试求职者',
): Promise<Session> {
  const phone = uniquePhone();
  const r = ok(await t.gql(REGISTER, { input: { role, phone, password: PASSWORD, displayName } }));
  return { token: r.register.token, userId: r.register.user.id, phone };
}

/** Officers and admins are not self-registered: inserted, then signed in through the API. */
export async function makeStaff(
  t: TestApp,
  role: Role.OFFICER | Role.ADMIN,
  regionCode: string | null = LINXIA_PREFECTURE,
): Promise<Session> {
  const phone = uniquePhone();
  const repo = t.ds.getRepository(UserEntity);
  await repo.save(
    repo.create({
      role,
      phone,
      email: null,
      passwordHash: await hash(PASSWORD),
      displayName: role === Role.OFFICER ? '人社局工作人员' : '管理员',
      regionCode: role === Role.OFFICER ? regionCode : null,
    }),
  );
  const r = ok(await t.gql(LOGIN, { input: { login: phone, password: PASSWORD } }));
  return { token: r.login.token, userId: r.login.user.id, phone };
}

export const makeOfficer = (t: TestApp, regionCode = LINXIA_PREFECTURE) => makeStaff(t, Role.OFFICER, regionCode);

export async function makeEmployer(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session & { employerId: string }> {
  const s = await signUp(t, Role.EMPLOYER);
  const input = {
    name: `临夏测试用工单位${++seq}`,
    creditCode: creditCodeFor(Math.floor(Math.random() * 1e8) + seq),
    regionCode: LINXIA_COUNTY,
    industry: '建筑业',
    size: 'SME',
    contactName: '马经理',
    contactPhone: '13912345678',
    ...overrides,
  };
  const r = ok(await t.gql(`mutation($input: EmployerProfileInput!) { saveEmployerProfile(input: $input) { id } }`, { input }, s.token));
  return { ...s, employerId: r.saveEmployerProfile.id };
}

/** A colleague the owner invites by phone, who then signs up as an employer and acts for the owner's company. */
export async function makeRecruiter(t: TestApp, owner: Session): Promise<Session & { employerId: string }> {
  const phone = uniquePhone();
  ok(await t.gql(`mutation($phone: String!) { inviteTeamMember(input: { phone: $phone }) { id } }`, { phone }, owner.token));
  const r = ok(await t.gql(REGISTER, { input: { role: Role.EMPLOYER, phone, password: PASSWORD, displayName: '招聘专员' } }));
  const me = ok(await t.gql(`{ me { employerId } }`, {}, r.register.token));
  return { token: r.register.token, userId: r.register.user.id, phone, employerId: me.me.employerId };
}

export async function makeSeeker(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session & { profileId: string }> {
  const s = await signUp(t, Role.JOB_SEEKER);
  const input = {
    fullName: '马小明',
    hukouRegionCode: LINXIA_COUNTY,
    residenceRegionCode: LINXIA_CITY,
    skills: ['电焊'],
    discoverable: true,
    ...overrides,
  };
  const r = ok(await t.gql(`mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) { id } }`, { input }, s.token));
  return { ...s, profileId: r.saveJobSeekerProfile.id };
}

export function jobInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '电焊工',
    description: '负责钢结构焊接作业，能看懂施工图纸，服从安排。',
    occupation: '电焊工',
    headcount: 5,
    payMin: 6000,
    payMax: 9000,
    workRegionCode: LINXIA_COUNTY,
    address: '临夏县工业园区',
    lat: 35.49,
    lng: 103.0,
    kind: JobKind.FULL_TIME,
    skills: ['电焊', '气割', '识图'],
    truthCard: {
      workingHours: '8:00-18:00，午休1小时，月休4天',
      shifts: '长白班',
      dormitory: DormitoryProvision.FREE,
      meals: MealProvision.SUBSIDISED,
      socialInsurance: SocialInsurance.FIVE_INSURANCES,
    },
    ...overrides,
  };
}

const CREATE = `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id status } }`;
const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id status } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewJobPosting(id: $id, approve: $approve, reason: $reason) { id status } }`;

export async function makeDraftJob(t: TestApp, employer: Session, overrides: Record<string, unknown> = {}): Promise<string> {
  return ok(await t.gql(CREATE, { input: jobInput(overrides) }, employer.token)).createJobPosting.id;
}

/** Create → submit → approve, through the API. */
export async function makePublishedJob(
  t: TestApp,
  employer: Session,
  officer: Session,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await makeDraftJob(t, employer, overrides);
  ok(await t.gql(SUBMIT, { id }, employer.token));
  ok(await t.gql(REVIEW, { id, approve: true }, officer.token));
  return id;
}
