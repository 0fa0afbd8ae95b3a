import { CertificateLevel, DesiredPlace, EducationLevel, JobKind, PriorityGroup } from '@jobbridge/contracts';
import {
  certificateShortfallScore,
  formatDistanceZh,
  haversineKm,
  localScopeOf,
  regionRelation,
  scoreCertificates,
  scoreDistance,
  scoreEducation,
  scoreLocalPreference,
  scoreOccupation,
  scorePay,
  scorePriorityBoost,
  scoreSkills,
} from './match-parts';
import { certificateSynonymIndexFor, SynonymIndex, synonymIndexFor } from './match-text';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from './match-weights';
import { candidate, job, LANZHOU_CHENGGUAN, LINXIA_CITY, LINXIA_COUNTY, SYNONYMS, XINING_CHENGDONG } from './match-test-fixtures';

const terms = synonymIndexFor(SYNONYMS);
const certs = certificateSynonymIndexFor(SYNONYMS);
const none = new SynonymIndex([]);

describe('scoreSkills', () => {
  it('scores met ÷ required and lists what is met and missing', () => {
    const result = scoreSkills(['电焊', '气割', '识图', '焊接机器人'], ['电焊', '气割', '识图'], none);
    expect(result.score).toBe(0.75);
    expect(result.reason).toBe('技能匹配 3/4：电焊、气割、识图');
    expect(result.missingReason).toBe('缺少技能：焊接机器人');
    expect(result.met).toEqual(['电焊', '气割', '识图']);
    expect(result.missing).toEqual(['焊接机器人']);
    expect(result.neutral).toBeUndefined();
  });

  it('is neutral 1 when the job asks for no skills', () => {
    expect(scoreSkills([], ['电焊'], none)).toEqual({
      key: 'skills',
      score: 1,
      reason: '岗位无特定技能要求',
      neutral: true,
      met: [],
      missing: [],
    });
  });

  it('treats blank required skills as none', () => {
    expect(scoreSkills(['', '  '], [], none).neutral).toBe(true);
  });

  it('scores 0 with no skills met', () => {
    const result = scoreSkills(['电焊', '气割'], [], none);
    expect(result.score).toBe(0);
    expect(result.reason).toBe('技能匹配 0/2');
    expect(result.missingReason).toBe('缺少技能：电焊、气割');
  });

  it('scores 1 with every skill met and has no missing reason', () => {
    const result = scoreSkills(['电焊'], ['电焊', '叉车'], none);
    expect(result.score).toBe(1);
    expect(result.reason).toBe('技能匹配 1/1：电焊');
    expect(result.missingReason).toBeUndefined();
  });

  it('ignores case, width and spaces', () => {
    const result = scoreSkills(['CAD 制图', 'Excel'], ['cad制图', 'ＥＸＣＥＬ'], none);
    expect(result.score).toBe(1);
    expect(result.met).toEqual(['CAD 制图', 'Excel']);
  });

  it('matches synonyms', () => {
    expect(scoreSkills(['气割'], ['火焰切割'], terms).score).toBe(1);
    expect(scoreSkills(['气割'], ['火焰切割'], none).score).toBe(0);
  });

  it('counts a synonym group once, in the job’s first spelling', () => {
    const result = scoreSkills(['气割', '火焰切割', '电焊'], ['火焰切割'], terms);
    expect(result.score).toBe(0.5);
    expect(result.reason).toBe('技能匹配 1/2：气割');
  });

  it('counts a skill listed twice once', () => {
    expect(scoreSkills(['电焊', ' 电焊 '], ['电焊'], none).reason).toBe('技能匹配 1/1：电焊');
  });

  it('does not match a mere substring of a skill', () => {
    expect(scoreSkills(['电焊'], ['电焊工'], none).score).toBe(0);
  });
});

describe('certificateShortfallScore', () => {
  it.each([
    [0, 1],
    [-1, 1],
    [1, 0.5],
    [2, 0.25],
    [4, 0.25],
  ])('scores %i levels short as %d', (short, score) => {
    expect(certificateShortfallScore(short)).toBe(score);
  });
});

describe('scoreCertificates', () => {
  const welder4 = [{ name: '焊工', level: CertificateLevel.LEVEL_4 }];

  it('is full at the level asked', () => {
    expect(scoreCertificates(welder4, [{ name: '焊工', level: CertificateLevel.LEVEL_4 }], certs)).toEqual({
      key: 'certificates',
      score: 1,
      reason: '持焊工四级（中级）证书',
    });
  });

  it('is full above the level asked (LEVEL_1 is highest)', () => {
    const result = scoreCertificates(welder4, [{ name: '焊工', level: CertificateLevel.LEVEL_1 }], certs);
    expect(result.score).toBe(1);
    expect(result.reason).toBe('持焊工一级（高级技师）证书');
    expect(scoreCertificates(welder4, [{ name: '焊工', level: CertificateLevel.LEVEL_3 }], certs).score).toBe(1);
  });

  it('is partial one level below', () => {
    const result = scoreCertificates(welder4, [{ name: '焊工', level: CertificateLevel.LEVEL_5 }], certs);
    expect(result.score).toBe(0.5);
    expect(result.reason).toBe('焊工证书等级不足：持五级（初级），要求四级（中级）');
  });

  it('is smaller two or more levels below', () => {
    const wants2 = [{ name: '焊工', level: CertificateLevel.LEVEL_2 }];
    expect(scoreCertificates(wants2, [{ name: '焊工', level: CertificateLevel.LEVEL_4 }], certs).score).toBe(0.25);
    expect(scoreCertificates(wants2, [{ name: '焊工', level: CertificateLevel.LEVEL_5 }], certs).score).toBe(0.25);
  });

  it('is 0 when the certificate is missing', () => {
    expect(scoreCertificates(welder4, [{ name: '电工', level: CertificateLevel.LEVEL_1 }], certs)).toEqual({
      key: 'certificates',
      score: 0,
      reason: '缺少证书：焊工四级（中级）',
    });
    expect(scoreCertificates(welder4, [], certs).score).toBe(0);
  });

  it('is full with any level when no level is asked', () => {
    const result = scoreCertificates([{ name: '电工证' }], [{ name: '电工', level: CertificateLevel.LEVEL_5 }], certs);
    expect(result).toEqual({ key: 'certificates', score: 1, reason: '持电工五级（初级）证书' });
    expect(scoreCertificates([{ name: '电工', level: null }], [{ name: '电工证' }], certs).reason).toBe('持电工证书');
  });

  it('gives half for a held certificate with no level stated when a level is asked', () => {
    const result = scoreCertificates(welder4, [{ name: '焊工证' }], certs);
    expect(result.score).toBe(0.5);
    expect(result.reason).toBe('持焊工证书，未注明等级，岗位要求四级（中级）');
  });

  it('uses the best of several held certificates of one trade', () => {
    const held = [{ name: '焊工', level: CertificateLevel.LEVEL_5 }, { name: '焊工证', level: CertificateLevel.LEVEL_3 }, { name: '焊工' }];
    expect(scoreCertificates(welder4, held, certs).reason).toBe('持焊工三级（高级）证书');
  });

  it('matches synonyms and ignores a trailing 证/证书', () => {
    const result = scoreCertificates(welder4, [{ name: '电焊工证书', level: CertificateLevel.LEVEL_4 }], certs);
    expect(result.score).toBe(1);
    expect(result.reason).toBe('持电焊工四级（中级）证书');
  });

  it('averages several certificates and lists the missing ones together', () => {
    const wanted = [
      { name: '焊工', level: CertificateLevel.LEVEL_4 },
      { name: '电工' },
      { name: '叉车司机', level: CertificateLevel.LEVEL_5 },
    ];
    const result = scoreCertificates(wanted, [{ name: '焊工', level: CertificateLevel.LEVEL_5 }], certs);
    expect(result.score).toBeCloseTo(0.5 / 3, 10);
    expect(result.reason).toBe('焊工证书等级不足：持五级（初级），要求四级（中级）；缺少证书：电工、叉车司机五级（初级）');
  });

  it('asks the highest level when the job lists a certificate twice', () => {
    const wanted = [
      { name: '焊工', level: CertificateLevel.LEVEL_5 },
      { name: '焊工', level: CertificateLevel.LEVEL_3 },
    ];
    expect(scoreCertificates(wanted, [{ name: '焊工', level: CertificateLevel.LEVEL_4 }], certs).score).toBe(0.5);
  });

  it('is neutral 1 when no certificate is asked', () => {
    expect(scoreCertificates([], [], certs)).toEqual({ key: 'certificates', score: 1, reason: '岗位无证书要求', neutral: true });
    expect(scoreCertificates([{ name: ' ' }], [], certs).neutral).toBe(true);
  });
});

describe('haversineKm', () => {
  it('is 0 for the same point', () => {
    expect(haversineKm({ lat: 35.49, lng: 103 }, { lat: 35.49, lng: 103 })).toBe(0);
  });

  it('measures one degree of latitude as about 111.195 km', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.195, 3);
  });

  it('measures Beijing to Shanghai as about 1067 km', () => {
    expect(haversineKm({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 })).toBeCloseTo(1067.3, 0);
  });

  it('is symmetric', () => {
    const a = { lat: LINXIA_COUNTY.lat, lng: LINXIA_COUNTY.lng };
    const b = { lat: XINING_CHENGDONG.lat, lng: XINING_CHENGDONG.lng };
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });

  it('measures half the circumference between antipodes', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});

describe('formatDistanceZh', () => {
  it.each([
    [0, '距离不足 1 公里'],
    [0.999, '距离不足 1 公里'],
    [1, '距离 1 公里'],
    [1.49, '距离 1 公里'],
    [6.4, '距离 6 公里'],
    [99.5, '距离 100 公里'],
  ])('writes %d km as %s', (km, text) => {
    expect(formatDistanceZh(km)).toBe(text);
  });
});

describe('regionRelation', () => {
  it.each([
    ['622921', '622921', 'county'],
    ['622921', '622921100', 'county'],
    ['622921101', '622921100', 'county'],
    ['441900003', '441900004', 'county'],
    ['622921', '622901', 'prefecture'],
    ['622921', '622900', 'prefecture'],
    ['622900', '622900', 'prefecture'],
    ['6229', '622901', 'prefecture'],
    ['622921', '620102', 'province'],
    ['622921', '620000', 'province'],
    ['62', '620000', 'province'],
    ['622921', '630102', 'other'],
  ])('%s vs %s is %s', (a, b, relation) => {
    expect(regionRelation(a, b)).toBe(relation);
    expect(regionRelation(b, a)).toBe(relation);
  });

  it('is null when a code is missing or malformed', () => {
    expect(regionRelation('622921', null)).toBeNull();
    expect(regionRelation(undefined, '622921')).toBeNull();
    expect(regionRelation('622921', 'abc')).toBeNull();
    expect(regionRelation('', '622921')).toBeNull();
  });
});

describe('scoreDistance', () => {
  const at = (point: { regionCode: string; lat: number; lng: number }) => ({
    residenceRegionCode: point.regionCode,
    residenceLat: point.lat,
    residenceLng: point.lng,
  });

  it('is 1 at 0 km', () => {
    expect(scoreDistance(job(), candidate(), 100)).toEqual({ key: 'distance', score: 1, reason: '距离不足 1 公里', distanceKm: 0 });
  });

  it('falls linearly with the distance', () => {
    const result = scoreDistance(job(), candidate(at(LINXIA_CITY)), 100);
    expect(result.distanceKm).toBeCloseTo(22.596, 2);
    expect(result.score).toBeCloseTo(1 - 22.596 / 100, 4);
    expect(result.reason).toBe('距离 23 公里');
  });

  it('is 0 at exactly maxDistanceKm and beyond', () => {
    const km = haversineKm({ lat: LINXIA_COUNTY.lat, lng: LINXIA_COUNTY.lng }, { lat: LINXIA_CITY.lat, lng: LINXIA_CITY.lng });
    expect(scoreDistance(job(), candidate(at(LINXIA_CITY)), km).score).toBe(0);
    expect(scoreDistance(job(), candidate(at(LINXIA_CITY)), km / 2).score).toBe(0);
    expect(scoreDistance(job(), candidate(at(LINXIA_CITY)), km * 2).score).toBeCloseTo(0.5, 10);
  });

  it('measures along a meridian exactly', () => {
    const onEquator = job({ lat: 0, lng: 0, regionCode: '622921' });
    const north = candidate({ residenceLat: 0.5, residenceLng: 0 });
    const km = haversineKm({ lat: 0, lng: 0 }, { lat: 0.5, lng: 0 });
    expect(scoreDistance(onEquator, north, km * 4).score).toBeCloseTo(0.75, 10);
  });

  describe('without both points, by regions', () => {
    const noPoint = { residenceLat: null, residenceLng: null };

    it.each([
      [LINXIA_COUNTY.regionCode, 1, '同县'],
      ['622921100', 1, '同县'],
      [LINXIA_CITY.regionCode, 0.7, '同市'],
      [LANZHOU_CHENGGUAN.regionCode, 0.4, '同省'],
      [XINING_CHENGDONG.regionCode, 0.1, '跨省'],
    ])('residence %s scores %d (%s)', (code, score, reason) => {
      expect(scoreDistance(job(), candidate({ ...noPoint, residenceRegionCode: code }), 100)).toEqual({
        key: 'distance',
        score,
        reason,
        distanceKm: null,
      });
    });

    it('falls back to regions when the job has no point', () => {
      const result = scoreDistance(job({ lat: null, lng: null }), candidate(at(LINXIA_CITY)), 100);
      expect(result).toEqual({ key: 'distance', score: 0.7, reason: '同市', distanceKm: null });
    });

    it('falls back to regions when a point is out of range', () => {
      expect(scoreDistance(job({ lat: 95 }), candidate(), 100).distanceKm).toBeNull();
      expect(scoreDistance(job({ lng: Number.NaN }), candidate(), 100).distanceKm).toBeNull();
    });

    it('uses the hukou region when the residence region is missing', () => {
      const result = scoreDistance(job(), candidate({ ...noPoint, residenceRegionCode: null, hukouRegionCode: '622901' }), 100);
      expect(result.reason).toBe('同市');
    });

    it('is neutral when neither region is known', () => {
      expect(scoreDistance(job(), candidate({ ...noPoint, residenceRegionCode: null, hukouRegionCode: null }), 100)).toEqual({
        key: 'distance',
        score: 0.5,
        reason: '位置信息不全，无法判断距离',
        neutral: true,
        distanceKm: null,
      });
    });

    it('is neutral when the job’s region is malformed', () => {
      expect(scoreDistance(job({ regionCode: 'x', lat: null }), candidate(), 100).neutral).toBe(true);
    });

    it('does not penalise a person who wants work out of the province for an out-of-province job', () => {
      const wantsOut = candidate({
        ...noPoint,
        residenceRegionCode: XINING_CHENGDONG.regionCode,
        desiredPlaces: [DesiredPlace.OUT_OF_PROVINCE],
      });
      expect(scoreDistance(job(), wantsOut, 100)).toEqual({
        key: 'distance',
        score: 1,
        reason: '跨省（符合省外务工意向）',
        distanceKm: null,
      });
    });

    it('does not penalise a person who wants work in the province for a job elsewhere in it', () => {
      const wantsIn = candidate({
        ...noPoint,
        residenceRegionCode: LANZHOU_CHENGGUAN.regionCode,
        desiredPlaces: [DesiredPlace.IN_PROVINCE],
      });
      expect(scoreDistance(job(), wantsIn, 100).score).toBe(1);
      expect(scoreDistance(job(), wantsIn, 100).reason).toBe('同省（符合省内务工意向）');
      const samePrefecture = { ...wantsIn, residenceRegionCode: LINXIA_CITY.regionCode };
      expect(scoreDistance(job(), samePrefecture, 100).reason).toBe('同市（符合省内务工意向）');
    });

    it('still scores an out-of-province job low for someone who wants work only in the province', () => {
      const wantsIn = candidate({
        ...noPoint,
        residenceRegionCode: XINING_CHENGDONG.regionCode,
        desiredPlaces: [DesiredPlace.IN_PROVINCE],
      });
      expect(scoreDistance(job(), wantsIn, 100).score).toBe(0.1);
    });

    it('still scores a same-prefecture job 0.7 for someone who wants work only out of the province', () => {
      const wantsOut = candidate({
        ...noPoint,
        residenceRegionCode: LINXIA_CITY.regionCode,
        desiredPlaces: [DesiredPlace.OUT_OF_PROVINCE],
      });
      expect(scoreDistance(job(), wantsOut, 100).score).toBe(0.7);
    });

    it('gives no wish note when the region already scores 1', () => {
      const wantsIn = candidate({ ...noPoint, desiredPlaces: [DesiredPlace.IN_PROVINCE] });
      expect(scoreDistance(job(), wantsIn, 100).reason).toBe('同县');
    });
  });

  describe('desired places with points', () => {
    it('does not penalise distance in the province for someone who wants work in the province', () => {
      const wantsIn = candidate({ ...at(LANZHOU_CHENGGUAN), desiredPlaces: [DesiredPlace.IN_PROVINCE] });
      const result = scoreDistance(job(), wantsIn, 50);
      expect(result.score).toBe(1);
      expect(result.reason).toBe('距离 98 公里（符合省内务工意向）');
      expect(result.distanceKm).toBeCloseTo(98.1, 1);
    });

    it('does not penalise distance out of the province for someone who wants work out of it', () => {
      const wantsOut = candidate({ ...at(XINING_CHENGDONG), desiredPlaces: [DesiredPlace.OUT_OF_PROVINCE, DesiredPlace.NEARBY] });
      expect(scoreDistance(job(), wantsOut, 100).reason).toBe('距离 167 公里（符合省外务工意向）');
    });

    it('penalises distance for someone who wants work nearby', () => {
      const nearby = candidate({ ...at(LANZHOU_CHENGGUAN), desiredPlaces: [DesiredPlace.NEARBY] });
      expect(scoreDistance(job(), nearby, 50)).toMatchObject({ score: 0, reason: '距离 98 公里' });
    });
  });
});

describe('scorePay', () => {
  it('is 1 when the job’s pay reaches the expectation', () => {
    expect(scorePay(job(), candidate())).toEqual({ key: 'pay', score: 1, reason: '期望 5000-7000 元/月，岗位 6000-9000 元/月' });
  });

  it('is 1 when the job’s top pay equals the expected minimum', () => {
    expect(scorePay(job({ payMin: 4000, payMax: 5000 }), candidate()).score).toBe(1);
  });

  it('is partial below the expectation, reaching 0 at half of it', () => {
    expect(scorePay(job({ payMin: 3000, payMax: 4000 }), candidate())).toEqual({
      key: 'pay',
      score: 0.6,
      reason: '岗位薪资低于期望：期望 5000-7000 元/月，岗位 3000-4000 元/月',
    });
    expect(scorePay(job({ payMin: 2000, payMax: 2500 }), candidate()).score).toBe(0);
    expect(scorePay(job({ payMin: 1000, payMax: 1500 }), candidate()).score).toBe(0);
  });

  it('is neutral 1 without an expectation', () => {
    expect(scorePay(job(), candidate({ expectedPayMin: null, expectedPayMax: null }))).toEqual({
      key: 'pay',
      score: 1,
      reason: '未填写期望薪资',
      neutral: true,
    });
    expect(scorePay(job(), candidate({ expectedPayMin: 0, expectedPayMax: 0 })).neutral).toBe(true);
  });

  it('is 1 with only an expected maximum', () => {
    expect(scorePay(job(), candidate({ expectedPayMin: null, expectedPayMax: 7000 }))).toEqual({
      key: 'pay',
      score: 1,
      reason: '期望 7000 元/月以内，岗位 6000-9000 元/月',
    });
  });

  it('writes an open-ended expectation and a single-figure pay', () => {
    expect(scorePay(job({ payMin: 6000, payMax: 6000 }), candidate({ expectedPayMin: 5000, expectedPayMax: null })).reason).toBe(
      '期望 5000 元/月以上，岗位 6000 元/月',
    );
    expect(scorePay(job(), candidate({ expectedPayMin: 5000, expectedPayMax: 5000 })).reason).toBe('期望 5000 元/月，岗位 6000-9000 元/月');
  });

  it('swaps reversed ranges', () => {
    expect(scorePay(job({ payMin: 9000, payMax: 6000 }), candidate({ expectedPayMin: 7000, expectedPayMax: 5000 })).reason).toBe(
      '期望 5000-7000 元/月，岗位 6000-9000 元/月',
    );
  });

  it('is neutral when the job states no pay (面议)', () => {
    expect(scorePay(job({ payMin: 0, payMax: 0 }), candidate())).toEqual({ key: 'pay', score: 0.5, reason: '岗位薪资面议', neutral: true });
  });

  it('reads a job with only a minimum as that single figure', () => {
    expect(scorePay(job({ payMin: 6000, payMax: 0 }), candidate()).reason).toBe('期望 5000-7000 元/月，岗位 6000 元/月');
  });
});

describe('scoreEducation', () => {
  it.each([
    [EducationLevel.SENIOR_HIGH, EducationLevel.SENIOR_HIGH, 1, '学历符合：要求高中，本人高中'],
    [EducationLevel.SENIOR_HIGH, EducationLevel.BACHELOR, 1, '学历符合：要求高中，本人本科'],
    [EducationLevel.SENIOR_HIGH, EducationLevel.VOCATIONAL, 1, '学历符合：要求高中，本人中专/技校'],
    [EducationLevel.VOCATIONAL, EducationLevel.SENIOR_HIGH, 1, '学历符合：要求中专/技校，本人高中'],
    [EducationLevel.ASSOCIATE, EducationLevel.VOCATIONAL, 0.5, '学历略低：要求大专，本人中专/技校'],
    [EducationLevel.ASSOCIATE, EducationLevel.SENIOR_HIGH, 0.5, '学历略低：要求大专，本人高中'],
    [EducationLevel.VOCATIONAL, EducationLevel.JUNIOR_HIGH, 0.5, '学历略低：要求中专/技校，本人初中'],
    [EducationLevel.ASSOCIATE, EducationLevel.JUNIOR_HIGH, 0, '学历不足：要求大专，本人初中'],
    [EducationLevel.BACHELOR, EducationLevel.SENIOR_HIGH, 0, '学历不足：要求本科，本人高中'],
    [EducationLevel.DOCTORATE, EducationLevel.MASTER, 0.5, '学历略低：要求博士，本人硕士'],
    [EducationLevel.PRIMARY, EducationLevel.NONE, 0.5, '学历略低：要求小学，本人无学历'],
  ])('requires %s, holds %s: %d', (required, held, score, reason) => {
    expect(scoreEducation(required, held)).toEqual({ key: 'education', score, reason });
  });

  it('is neutral 1 with no requirement', () => {
    expect(scoreEducation(null, EducationLevel.PRIMARY)).toEqual({ key: 'education', score: 1, reason: '岗位不限学历', neutral: true });
    expect(scoreEducation(EducationLevel.NONE, null)).toEqual({ key: 'education', score: 1, reason: '岗位不限学历', neutral: true });
  });

  it('is neutral 0.5 when the person has not stated an education', () => {
    expect(scoreEducation(EducationLevel.ASSOCIATE, null)).toEqual({
      key: 'education',
      score: 0.5,
      reason: '未填写学历（岗位要求大专）',
      neutral: true,
    });
  });
});

describe('scoreOccupation', () => {
  it('matches a synonym', () => {
    expect(scoreOccupation({ occupation: '母婴护理员', title: '住家护理' }, ['月嫂'], terms)).toEqual({
      key: 'occupation',
      score: 1,
      reason: '意向职业匹配：月嫂',
    });
  });

  it('matches 焊工 to 电焊工 by substring and by synonym', () => {
    expect(scoreOccupation({ occupation: '电焊工', title: '电焊工' }, ['焊工'], none).score).toBe(1);
    expect(scoreOccupation({ occupation: '电焊工', title: '电焊工' }, ['焊工'], terms).score).toBe(1);
  });

  it('matches either way round', () => {
    expect(scoreOccupation({ occupation: '焊工', title: '焊工' }, ['二氧化碳保护焊焊工'], none).score).toBe(1);
  });

  it('matches on the title too, by whole-term containment only', () => {
    expect(scoreOccupation({ occupation: '保洁员', title: '公益性岗位保洁员（街道）' }, ['街道保洁'], none).score).toBe(0);
    expect(scoreOccupation({ occupation: '环卫工', title: '公益性岗位保洁员' }, ['保洁'], none).reason).toBe('意向职业匹配：保洁');
  });

  it('ignores case and spaces', () => {
    expect(scoreOccupation({ occupation: '运维工程师', title: 'IT 运维' }, ['it运维'], none).score).toBe(1);
  });

  it('is 0 with no match and lists the wishes', () => {
    expect(scoreOccupation({ occupation: '厨师', title: '中餐厨师' }, ['焊工', '钢筋工'], terms)).toEqual({
      key: 'occupation',
      score: 0,
      reason: '非意向职业（意向：焊工、钢筋工）',
    });
  });

  it('is neutral 0.5 without desired occupations', () => {
    expect(scoreOccupation({ occupation: '厨师', title: '厨师' }, [], terms)).toEqual({
      key: 'occupation',
      score: 0.5,
      reason: '未填写意向职业',
      neutral: true,
    });
    expect(scoreOccupation({ occupation: '厨师', title: '厨师' }, ['  '], terms).neutral).toBe(true);
  });

  it('does not match through a synonym group that has nothing in common', () => {
    expect(scoreOccupation({ occupation: '母婴护理员', title: '母婴护理员' }, ['焊工'], terms).score).toBe(0);
  });
});

describe('localScopeOf', () => {
  it('uses the project scope when set', () => {
    expect(localScopeOf({ regionCode: '622921', localScopeRegionCode: '6229' })).toBe('622900');
  });

  it('defaults to the job’s county', () => {
    expect(localScopeOf({ regionCode: '622921' })).toBe('622921');
    expect(localScopeOf({ regionCode: '622921100', localScopeRegionCode: null })).toBe('622921');
  });

  it('uses a job region above county level as it is', () => {
    expect(localScopeOf({ regionCode: '622900' })).toBe('622900');
  });

  it('falls back to the job when the scope is malformed, and is null when both are', () => {
    expect(localScopeOf({ regionCode: '622921', localScopeRegionCode: 'bad' })).toBe('622921');
    expect(localScopeOf({ regionCode: 'bad', localScopeRegionCode: 'bad' })).toBeNull();
  });
});

describe('scoreLocalPreference', () => {
  const projectJob = job({ projectId: 'p-1' });

  it('does not apply to non-project jobs', () => {
    expect(scoreLocalPreference(job(), candidate())).toBeNull();
  });

  it('is 1 for a hukou in the job’s county', () => {
    expect(scoreLocalPreference(projectJob, candidate())).toEqual({ key: 'localPreference', score: 1, reason: '本地户籍（项目属地优先）' });
    expect(scoreLocalPreference(projectJob, candidate({ hukouRegionCode: '622921100' }))?.score).toBe(1);
  });

  it('is 0 for a hukou elsewhere, even when living locally', () => {
    expect(scoreLocalPreference(projectJob, candidate({ hukouRegionCode: '622925' }))).toEqual({
      key: 'localPreference',
      score: 0,
      reason: '非项目属地户籍',
    });
  });

  it('counts the whole prefecture when the project’s scope is the prefecture', () => {
    const wide = job({ projectId: 'p-1', localScopeRegionCode: '622900' });
    expect(scoreLocalPreference(wide, candidate({ hukouRegionCode: '622925' }))?.score).toBe(1);
    expect(scoreLocalPreference(wide, candidate({ hukouRegionCode: '620102' }))?.score).toBe(0);
  });

  it('is 0 when the hukou is unknown', () => {
    expect(scoreLocalPreference(projectJob, candidate({ hukouRegionCode: null }))).toEqual({
      key: 'localPreference',
      score: 0,
      reason: '户籍地未知，无法认定本地用工',
    });
    expect(scoreLocalPreference(projectJob, candidate({ hukouRegionCode: '12x' }))?.score).toBe(0);
  });
});

describe('scorePriorityBoost', () => {
  const plain = { projectId: null, kind: JobKind.FULL_TIME };
  const project = { projectId: 'p-1', kind: JobKind.FULL_TIME };

  it('gives the largest boost of the person’s groups', () => {
    expect(scorePriorityBoost(plain, [PriorityGroup.MIGRANT_WORKER, PriorityGroup.EMPLOYMENT_DIFFICULTY], DEFAULT_MATCH_WEIGHTS)).toEqual({
      key: 'priorityBoost',
      score: 1,
      reason: '就业困难人员优先',
    });
  });

  it('boosts poverty-alleviated workers fully on project jobs and less elsewhere', () => {
    expect(scorePriorityBoost(project, [PriorityGroup.POVERTY_ALLEVIATED], DEFAULT_MATCH_WEIGHTS)).toEqual({
      key: 'priorityBoost',
      score: 1,
      reason: '脱贫劳动力优先',
    });
    expect(scorePriorityBoost(plain, [PriorityGroup.POVERTY_ALLEVIATED], DEFAULT_MATCH_WEIGHTS)?.score).toBe(0.8);
  });

  it('uses the project boosts on 以工代赈 jobs', () => {
    expect(
      scorePriorityBoost({ projectId: null, kind: JobKind.WORK_RELIEF }, [PriorityGroup.POVERTY_ALLEVIATED], DEFAULT_MATCH_WEIGHTS)?.score,
    ).toBe(1);
  });

  it('is 0 and neutral for a person in no boosted group', () => {
    expect(scorePriorityBoost(plain, [], DEFAULT_MATCH_WEIGHTS)).toEqual({
      key: 'priorityBoost',
      score: 0,
      reason: '无优先群体标签',
      neutral: true,
    });
  });

  it('breaks ties by the order of PriorityGroup, not the person’s order', () => {
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, priorityBoosts: { [PriorityGroup.VETERAN]: 1, [PriorityGroup.GRADUATE]: 1 } };
    expect(scorePriorityBoost(plain, [PriorityGroup.VETERAN, PriorityGroup.GRADUATE], weights)?.reason).toBe('高校毕业生优先');
    expect(scorePriorityBoost(plain, [PriorityGroup.GRADUATE, PriorityGroup.VETERAN], weights)?.reason).toBe('高校毕业生优先');
  });

  it('does not apply when the pack boosts nobody', () => {
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, priorityBoosts: {}, projectPriorityBoosts: {} };
    expect(scorePriorityBoost(plain, [PriorityGroup.VETERAN], weights)).toBeNull();
    expect(scorePriorityBoost(project, [PriorityGroup.VETERAN], weights)).toBeNull();
  });

  it('applies on project jobs when only the project table boosts anyone', () => {
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, priorityBoosts: {}, projectPriorityBoosts: { [PriorityGroup.LAND_LOST]: 1 } };
    expect(scorePriorityBoost(plain, [PriorityGroup.LAND_LOST], weights)).toBeNull();
    expect(scorePriorityBoost(project, [PriorityGroup.LAND_LOST], weights)?.reason).toBe('失地农民优先');
  });
});
