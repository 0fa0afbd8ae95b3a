import { Role } from '@jobbridge/contracts';
import { generateIdNumber } from '@jobbridge/domain';
import { createTestApp, errorOf, ok, signUp, TestApp } from '@jobbridge/testing';

const SAVE = `mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) {
  id fullName gender birthYear idNumberMasked phoneMasked discoverable skills priorityGroups
  certificates { name level } hukouRegion { code fullName } residenceRegion { code } } }`;
const MINE = `{ myJobSeekerProfile { id fullName idNumberMasked hukouRegion { code } } }`;

describe('job seeker profiles', () => {
  let t: TestApp;
  const idNumber = generateIdNumber('62292120030415351'); // born 2003-04-15, male (odd 17th digit)
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('saves a labour profile with regions, certificates and priority groups', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    const p = ok(
      await t.gql(
        SAVE,
        {
          input: {
            fullName: '马军',
            hukouRegionCode: '622926',
            residenceRegionCode: '622901',
            education: 'VOCATIONAL',
            skills: ['电焊', '气割', '电焊'],
            certificates: [{ name: '焊工', level: 'LEVEL_4' }],
            labourBrand: '甘康电焊工',
            priorityGroups: ['POVERTY_ALLEVIATED', 'MIGRANT_WORKER'],
            desiredPlaces: ['NEARBY', 'IN_PROVINCE'],
            expectedPayMin: 5000,
            expectedPayMax: 8000,
            discoverable: true,
          },
        },
        s.token,
      ),
    ).saveJobSeekerProfile;
    expect(p).toMatchObject({
      fullName: '马军',
      skills: ['电焊', '气割'],
      certificates: [{ name: '焊工', level: 'LEVEL_4' }],
      priorityGroups: ['POVERTY_ALLEVIATED', 'MIGRANT_WORKER'],
      hukouRegion: { code: '622926', fullName: '甘肃省 临夏回族自治州 东乡族自治县' },
      discoverable: true,
    });
    expect(p.phoneMasked).toMatch(/^1\d\d\*{4}\d{4}$/);
  });

  it('stores an identity number encrypted, returns it masked, and derives birth year and gender', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    const p = ok(await t.gql(SAVE, { input: { fullName: '马军', idNumber } }, s.token)).saveJobSeekerProfile;
    expect(p.idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    expect(p).toMatchObject({ birthYear: 2003, gender: 'MALE' });
    const [row] = await t.ds.query(`SELECT id_number_encrypted, id_number_hash FROM job_seeker_profiles WHERE id = $1`, [p.id]);
    expect(row.id_number_encrypted).not.toContain(idNumber.slice(6, 14));
    expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    // The full number is not in the schema at all.
    expect(errorOf(await t.gql(`{ myJobSeekerProfile { idNumber } }`, {}, s.token)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps the stored identity number when the field is omitted, and removes it with ""', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    const other = generateIdNumber('62292119900101002');
    ok(await t.gql(SAVE, { input: { fullName: 'A', idNumber: other } }, s.token));
    expect(ok(await t.gql(SAVE, { input: { fullName: 'B' } }, s.token)).saveJobSeekerProfile.idNumberMasked).not.toBeNull();
    expect(ok(await t.gql(SAVE, { input: { fullName: 'B', idNumber: '' } }, s.token)).saveJobSeekerProfile.idNumberMasked).toBeNull();
  });

  it('rejects a wrong check digit (INVALID_ID_NUMBER) and keeps the previous profile intact', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    ok(await t.gql(SAVE, { input: { fullName: '原名' } }, s.token));
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
    expect(errorOf(await t.gql(SAVE, { input: { fullName: '新名', idNumber: wrong } }, s.token))).toEqual({
      code: 'INVALID_ID_NUMBER',
      field: 'idNumber',
    });
    expect(ok(await t.gql(MINE, {}, s.token)).myJobSeekerProfile.fullName).toBe('原名');
  });

  it('refuses the same identity number on a second account (DUPLICATE_ID_NUMBER)', async () => {
    const dup = generateIdNumber('62102119950203004');
    ok(await t.gql(SAVE, { input: { fullName: 'A', idNumber: dup } }, (await signUp(t, Role.JOB_SEEKER)).token));
    const r = await t.gql(SAVE, { input: { fullName: 'B', idNumber: dup } }, (await signUp(t, Role.JOB_SEEKER)).token);
    expect(errorOf(r)).toEqual({ code: 'DUPLICATE_ID_NUMBER', field: 'idNumber' });
  });

  it('rejects unknown regions, inverted expected pay and a bad graduation date', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    expect(errorOf(await t.gql(SAVE, { input: { fullName: 'x', hukouRegionCode: '000000' } }, s.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'hukouRegionCode',
    });
    expect(errorOf(await t.gql(SAVE, { input: { fullName: 'x', expectedPayMin: 9000, expectedPayMax: 3000 } }, s.token))).toEqual({
      code: 'PAY_RANGE_INVALID',
      field: 'expectedPayMin',
    });
    expect(errorOf(await t.gql(SAVE, { input: { fullName: 'x', graduationDate: '2026-13-40' } }, s.token))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'graduationDate',
    });
  });

  it('is for job seekers only', async () => {
    const employer = await signUp(t, Role.EMPLOYER);
    expect(errorOf(await t.gql(SAVE, { input: { fullName: 'x' } }, employer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(MINE)).code).toBe('UNAUTHENTICATED');
  });
});
