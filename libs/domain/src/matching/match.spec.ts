import { matchJobToCandidate as fromLibrary, rankMatches as rankFromLibrary } from '../index';
import { matchJobToCandidate, rankMatches } from './match';
import { MatchCandidate, MatchJob, MatchResult } from './match-types';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights, mergeMatchWeights } from './match-weights';
import {
  blankCandidate,
  candidate,
  CertificateLevel,
  context,
  DesiredPlace,
  EducationLevel,
  job,
  JobKind,
  LANZHOU_CHENGGUAN,
  LINXIA_CITY,
  PriorityGroup,
} from './match-test-fixtures';

const partOf = (result: MatchResult, key: string) => result.parts.find((p) => p.key === key);
const keysOf = (result: MatchResult) => result.parts.map((p) => p.key);

describe('matchJobToCandidate', () => {
  describe('a welder and a welding job in the same county', () => {
    const result = matchJobToCandidate(job(), candidate(), context());

    it('scores 100 × Σ(weight × score) ÷ Σ(weight), rounded', () => {
      // skills 3×0.75 + certificates 1.5 + distance 2 + pay 1.5 + education 1 + occupation 2 + boost 1×0 = 10.25 of 12
      expect(result.score).toBe(85);
    });

    it('gives the reasons best first, the missing skills last', () => {
      expect(result.reasons).toEqual([
        '技能匹配 3/4：电焊、气割、识图',
        '距离不足 1 公里',
        '意向职业匹配：焊工',
        '持焊工四级（中级）证书',
        '期望 5000-7000 元/月，岗位 6000-9000 元/月',
        '学历符合：要求初中，本人高中',
        '缺少技能：焊接机器人',
      ]);
    });

    it('gives the same reasons structured: a kind and the values each states', () => {
      expect(result.reasonDetails.map((r) => r.text)).toEqual(result.reasons);
      expect(result.reasonDetails.map((r) => r.kind)).toEqual([
        'skills',
        'distance',
        'occupation',
        'certificates',
        'pay',
        'education',
        'missingSkills',
      ]);
      expect(result.reasonDetails[0]).toEqual({
        kind: 'skills',
        text: '技能匹配 3/4：电焊、气割、识图',
        met: 3,
        total: 4,
        items: ['电焊', '气割', '识图'],
      });
      expect(result.reasonDetails[1]).toMatchObject({ kind: 'distance', distanceKm: result.distanceKm });
      expect(result.reasonDetails[1].distanceKm).toBeLessThan(1);
      expect(result.reasonDetails[6]).toEqual({ kind: 'missingSkills', text: '缺少技能：焊接机器人', items: ['焊接机器人'] });
    });

    it('lists the parts in a fixed order with normalised weights', () => {
      expect(keysOf(result)).toEqual(['skills', 'certificates', 'distance', 'pay', 'education', 'occupation', 'priorityBoost']);
      expect(result.parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
      expect(partOf(result, 'skills')).toEqual({ key: 'skills', score: 0.75, weight: 3 / 12, reason: '技能匹配 3/4：电焊、气割、识图' });
      expect(partOf(result, 'priorityBoost')).toEqual({
        key: 'priorityBoost',
        score: 0,
        weight: 1 / 12,
        reason: '无优先群体标签',
        neutral: true,
      });
    });

    it('reports skills met and missing and the distance', () => {
      expect(result.skillsMet).toEqual(['电焊', '气割', '识图']);
      expect(result.skillsMissing).toEqual(['焊接机器人']);
      expect(result.distanceKm).toBe(0);
    });

    it('is eligible with no ineligible reason', () => {
      expect(result.eligible).toBe(true);
      expect('ineligibleReason' in result).toBe(false);
    });
  });

  it('scores 100 for a perfect match with a boosted group', () => {
    const result = matchJobToCandidate(
      job({ skills: ['电焊', '气割'] }),
      candidate({ priorityGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY] }),
      context(),
    );
    expect(result.score).toBe(100);
    expect(result.reasons).toEqual([
      '技能匹配 2/2：电焊、气割',
      '距离不足 1 公里',
      '意向职业匹配：焊工',
      '持焊工四级（中级）证书',
      '期望 5000-7000 元/月，岗位 6000-9000 元/月',
      '学历符合：要求初中，本人高中',
      '就业困难人员优先',
    ]);
    expect(result.skillsMissing).toEqual([]);
  });

  it('explains a distant, underpaid, under-qualified match', () => {
    const result = matchJobToCandidate(
      job({ education: EducationLevel.ASSOCIATE, payMin: 3000, payMax: 4000 }),
      candidate({
        residenceRegionCode: LANZHOU_CHENGGUAN.regionCode,
        residenceLat: LANZHOU_CHENGGUAN.lat,
        residenceLng: LANZHOU_CHENGGUAN.lng,
        certificates: [{ name: '焊工', level: CertificateLevel.LEVEL_5 }],
        skills: ['电焊'],
        desiredOccupations: ['厨师'],
        education: EducationLevel.JUNIOR_HIGH,
      }),
      context(),
    );
    expect(result.reasons).toEqual([
      '岗位薪资低于期望：期望 5000-7000 元/月，岗位 3000-4000 元/月',
      '技能匹配 1/4：电焊',
      '焊工证书等级不足：持五级（初级），要求四级（中级）',
      '距离 98 公里',
      '学历不足：要求大专，本人初中',
      '非意向职业（意向：厨师）',
      '缺少技能：气割、识图、焊接机器人',
    ]);
    // pay 1.5×0.6 + skills 3×0.25 + certificates 1.5×0.5 + distance 2×(1 − 98.1/100) = 2.44 of 12
    expect(result.score).toBe(20);
  });

  it('leaves neutral parts out of the reasons but keeps them in the parts', () => {
    const result = matchJobToCandidate(job({ skills: [], certificates: [], education: null }), blankCandidate(), context());
    expect(result.reasons).toEqual([]);
    expect(result.parts.every((p) => p.neutral)).toBe(true);
    expect(partOf(result, 'skills')?.reason).toBe('岗位无特定技能要求');
    // skills 3 + certificates 1.5 + distance 2×0.5 + pay 1.5 + education 1 + occupation 2×0.5 + boost 0 = 9 of 12
    expect(result.score).toBe(75);
    expect(result.distanceKm).toBeNull();
  });

  describe('synonyms', () => {
    it('match 焊工 to 电焊工 and 火焰切割 to 气割', () => {
      const result = matchJobToCandidate(
        job({ occupation: '电焊工', title: '钢结构电焊工', skills: ['气割'] }),
        candidate({ desiredOccupations: ['焊工'], skills: ['火焰切割'] }),
        context(),
      );
      expect(partOf(result, 'occupation')?.score).toBe(1);
      expect(partOf(result, 'skills')?.reason).toBe('技能匹配 1/1：气割');
    });

    it('match nothing through synonyms the context does not give', () => {
      const result = matchJobToCandidate(job({ skills: ['气割'] }), candidate({ skills: ['火焰切割'] }), context({ synonyms: [] }));
      expect(result.skillsMissing).toEqual(['气割']);
    });

    it('match 月嫂 to 母婴护理员', () => {
      const nanny = job({ title: '母婴护理员', occupation: '母婴护理员', skills: [], certificates: [] });
      expect(partOf(matchJobToCandidate(nanny, candidate({ desiredOccupations: ['月嫂'] }), context()), 'occupation')?.reason).toBe(
        '意向职业匹配：月嫂',
      );
    });
  });

  describe('project jobs', () => {
    const projectJob = job({ projectId: 'p-dongshu', skills: ['电焊'] });

    it('add the local-preference part', () => {
      const result = matchJobToCandidate(projectJob, candidate(), context());
      expect(keysOf(result)).toContain('localPreference');
      expect(result.reasons).toContain('本地户籍（项目属地优先）');
    });

    it('rank a local above an outsider living next door', () => {
      const local = candidate({ id: 'local' });
      const outsider = candidate({ id: 'outsider', hukouRegionCode: '620102' });
      const ranked = rankMatches([outsider, local], (c) => matchJobToCandidate(projectJob, c, context()));
      expect(ranked.map((r) => r.id)).toEqual(['local', 'outsider']);
      expect(ranked[1].match.reasons).toContain('非项目属地户籍');
    });

    it('boost poverty-alleviated workers more than on other jobs', () => {
      const poor = candidate({ priorityGroups: [PriorityGroup.POVERTY_ALLEVIATED] });
      expect(partOf(matchJobToCandidate(projectJob, poor, context()), 'priorityBoost')?.score).toBe(1);
      expect(partOf(matchJobToCandidate(job(), poor, context()), 'priorityBoost')?.score).toBe(0.8);
      expect(matchJobToCandidate(projectJob, poor, context()).reasons).toContain('脱贫劳动力优先');
    });

    it('omit local preference on non-project jobs', () => {
      expect(keysOf(matchJobToCandidate(job(), candidate(), context()))).not.toContain('localPreference');
    });
  });

  describe('eligibility', () => {
    it('keeps the score of an ineligible pair and says why', () => {
      const post = job({ kind: JobKind.PUBLIC_WELFARE });
      const eligible = matchJobToCandidate(post, candidate({ priorityGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY] }), context());
      const ineligible = matchJobToCandidate(post, candidate(), context());
      expect(ineligible.eligible).toBe(false);
      expect(ineligible.ineligibleReason).toBe('公益性岗位仅面向就业困难人员、残疾人、失地农民、脱贫劳动力');
      expect(ineligible.score).toBe(85);
      expect(eligible.eligible).toBe(true);
    });

    it('applies the internship rule with the context’s day', () => {
      const internship = job({ kind: JobKind.INTERNSHIP });
      const graduate = candidate({ graduationDate: '2023-06-30' });
      expect(matchJobToCandidate(internship, graduate, context({ today: new Date('2025-06-30T12:00:00+08:00') })).eligible).toBe(true);
      const late = matchJobToCandidate(internship, graduate, context({ today: new Date('2025-07-01T12:00:00+08:00') }));
      expect(late.eligible).toBe(false);
      expect(late.ineligibleReason).toBe('就业见习岗位仅面向毕业年度或离校2年内未就业高校毕业生、16-24岁登记失业青年');
    });
  });

  describe('weights', () => {
    it('normalises weights: scaling every weight changes nothing', () => {
      const doubled: MatchWeights = {
        ...DEFAULT_MATCH_WEIGHTS,
        skills: 6,
        certificates: 3,
        distance: 4,
        pay: 3,
        education: 2,
        occupation: 4,
        localPreference: 4,
        priorityBoost: 2,
      };
      const a = matchJobToCandidate(job(), candidate(), context());
      const b = matchJobToCandidate(job(), candidate(), context(), doubled);
      expect(b.score).toBe(a.score);
      expect(b.parts).toEqual(a.parts);
    });

    it('leaves a zero-weight part in the parts but out of the reasons and the score', () => {
      const result = matchJobToCandidate(job(), candidate(), context(), mergeMatchWeights({ skills: 0 }));
      expect(partOf(result, 'skills')?.weight).toBe(0);
      expect(result.reasons).not.toContain('技能匹配 3/4：电焊、气割、识图');
      expect(result.reasons).not.toContain('缺少技能：焊接机器人');
      // certificates 1.5 + distance 2 + pay 1.5 + education 1 + occupation 2 = 8 of 9
      expect(result.score).toBe(89);
      expect(result.skillsMissing).toEqual(['焊接机器人']);
    });

    it('scores 0 when every weight is 0', () => {
      const zero = mergeMatchWeights({
        skills: 0,
        certificates: 0,
        distance: 0,
        pay: 0,
        education: 0,
        occupation: 0,
        localPreference: 0,
        priorityBoost: 0,
      });
      const result = matchJobToCandidate(job(), candidate(), context(), zero);
      expect(result.score).toBe(0);
      expect(result.reasons).toEqual([]);
      expect(result.parts.every((p) => p.weight === 0)).toBe(true);
    });

    it('drops the boost part when the pack boosts nobody', () => {
      const result = matchJobToCandidate(
        job(),
        candidate(),
        context(),
        mergeMatchWeights({ priorityBoosts: {}, projectPriorityBoosts: {} }),
      );
      expect(keysOf(result)).not.toContain('priorityBoost');
      // 10.25 of 11
      expect(result.score).toBe(93);
    });

    it('uses maxDistanceKm from the weights', () => {
      const far = candidate({ residenceRegionCode: LINXIA_CITY.regionCode, residenceLat: LINXIA_CITY.lat, residenceLng: LINXIA_CITY.lng });
      const near = matchJobToCandidate(job(), far, context(), mergeMatchWeights({ maxDistanceKm: 200 }));
      const tight = matchJobToCandidate(job(), far, context(), mergeMatchWeights({ maxDistanceKm: 20 }));
      expect(partOf(near, 'distance')?.score).toBeCloseTo(1 - 22.596 / 200, 4);
      expect(partOf(tight, 'distance')?.score).toBe(0);
    });

    it('rejects invalid weights', () => {
      expect(() => matchJobToCandidate(job(), candidate(), context(), { ...DEFAULT_MATCH_WEIGHTS, maxDistanceKm: 0 })).toThrow(RangeError);
    });

    it('lets a different pack change the ranking', () => {
      // A has every skill but lives in Lanzhou, 98 km away; B lives next door with one skill of four.
      const skilled = candidate({
        id: 'A-skilled-far',
        skills: ['电焊', '气割', '识图', '焊接机器人'],
        residenceRegionCode: LANZHOU_CHENGGUAN.regionCode,
        residenceLat: LANZHOU_CHENGGUAN.lat,
        residenceLng: LANZHOU_CHENGGUAN.lng,
      });
      const near = candidate({ id: 'B-near', skills: ['电焊'] });
      const rank = (weights: MatchWeights) =>
        rankMatches([near, skilled], (c) => matchJobToCandidate(job(), c, context(), weights)).map((r) => r.id);

      expect(rank(DEFAULT_MATCH_WEIGHTS)).toEqual(['A-skilled-far', 'B-near']);
      const nearbyPack = mergeMatchWeights({ skills: 1, distance: 6, maxDistanceKm: 30 });
      expect(rank(nearbyPack)).toEqual(['B-near', 'A-skilled-far']);
    });
  });

  describe('determinism', () => {
    it('gives the same result for the same input', () => {
      const a = matchJobToCandidate(job({ projectId: 'p' }), candidate({ priorityGroups: [PriorityGroup.VETERAN] }), context());
      const b = matchJobToCandidate(job({ projectId: 'p' }), candidate({ priorityGroups: [PriorityGroup.VETERAN] }), context());
      expect(a).toEqual(b);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    });

    it('does not depend on the order of the person’s lists', () => {
      const c1 = candidate({ skills: ['识图', '电焊', '气割'], priorityGroups: [PriorityGroup.VETERAN, PriorityGroup.DISABLED] });
      const c2 = candidate({ skills: ['气割', '识图', '电焊'], priorityGroups: [PriorityGroup.DISABLED, PriorityGroup.VETERAN] });
      expect(matchJobToCandidate(job(), c1, context())).toEqual(matchJobToCandidate(job(), c2, context()));
    });

    it('does not depend on the order of the synonym groups', () => {
      const reversed = context({
        synonyms: [
          ['火焰切割', '气割'],
          ['母婴护理员', '月嫂'],
          ['焊工', '电焊工'],
        ],
      });
      const c = candidate({ skills: ['火焰切割'] });
      expect(matchJobToCandidate(job(), c, reversed)).toEqual(matchJobToCandidate(job(), c, context()));
    });

    it('does not change its inputs', () => {
      const j = job({ projectId: 'p' });
      const c = candidate();
      const before = JSON.stringify([j, c]);
      matchJobToCandidate(j, c, context());
      expect(JSON.stringify([j, c])).toBe(before);
    });

    it('does not read the clock', () => {
      const spy = jest.spyOn(Date, 'now');
      matchJobToCandidate(job({ kind: JobKind.INTERNSHIP }), candidate({ graduationDate: '2024-07-01' }), context());
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    });
  });

  it('is exported from the library', () => {
    expect(fromLibrary).toBe(matchJobToCandidate);
    expect(rankFromLibrary).toBe(rankMatches);
  });

  it('handles a person who wants to work out of the province for an out-of-province job', () => {
    const result = matchJobToCandidate(
      job({ regionCode: '330102', lat: null, lng: null }),
      candidate({ residenceLat: null, residenceLng: null, desiredPlaces: [DesiredPlace.OUT_OF_PROVINCE] }),
      context(),
    );
    expect(partOf(result, 'distance')).toMatchObject({ score: 1, reason: '跨省（符合省外务工意向）' });
  });
});

describe('rankMatches', () => {
  const fixed = (score: number, eligible = true): MatchResult => ({
    score,
    eligible,
    parts: [],
    reasons: [],
    reasonDetails: [],
    skillsMet: [],
    skillsMissing: [],
    distanceKm: null,
  });

  it('sorts by score, best first', () => {
    const items = [
      { id: 'a', s: 50 },
      { id: 'b', s: 90 },
      { id: 'c', s: 70 },
    ];
    expect(rankMatches(items, (i) => fixed(i.s)).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps the input order for equal scores (stable)', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((id) => ({ id }));
    expect(rankMatches(items, () => fixed(60)).map((r) => r.id)).toEqual(items.map((i) => i.id));
    const mixed = [
      { id: 'a', s: 60 },
      { id: 'b', s: 80 },
      { id: 'c', s: 60 },
      { id: 'd', s: 80 },
    ];
    expect(rankMatches(mixed, (i) => fixed(i.s)).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('drops ineligible items by default', () => {
    const items = [
      { id: 'a', s: 95, ok: false },
      { id: 'b', s: 40, ok: true },
    ];
    expect(rankMatches(items, (i) => fixed(i.s, i.ok)).map((r) => r.id)).toEqual(['b']);
  });

  it('lists ineligible items after the eligible ones when asked', () => {
    const items = [
      { id: 'a', s: 95, ok: false },
      { id: 'b', s: 40, ok: true },
      { id: 'c', s: 99, ok: false },
      { id: 'd', s: 60, ok: true },
    ];
    expect(rankMatches(items, (i) => fixed(i.s, i.ok), { includeIneligible: true }).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('attaches the match, keeps the item’s fields and does not change the input', () => {
    const items = [{ id: 'a', title: '焊工' }];
    const ranked = rankMatches(items, () => fixed(77));
    expect(ranked).toEqual([{ id: 'a', title: '焊工', match: fixed(77) }]);
    expect(items).toEqual([{ id: 'a', title: '焊工' }]);
  });

  it('calls the scorer once per item', () => {
    const scorer = jest.fn(() => fixed(1));
    rankMatches([{ id: 'a' }, { id: 'b' }, { id: 'c' }], scorer);
    expect(scorer).toHaveBeenCalledTimes(3);
  });

  it('returns an empty list for no items', () => {
    expect(rankMatches([], () => fixed(1))).toEqual([]);
  });

  it('ranks many jobs for one seeker (recommendedJobs)', () => {
    const seeker = candidate();
    const jobs: MatchJob[] = [
      job({ id: 'cook', title: '厨师', occupation: '中式烹调师', skills: ['炒菜'], certificates: [] }),
      job({ id: 'welder', skills: ['电焊', '气割'] }),
      job({ id: 'welfare', kind: JobKind.PUBLIC_WELFARE, title: '保洁员', occupation: '保洁员', skills: [], certificates: [] }),
      job({ id: 'welder-far', skills: ['电焊', '气割'], regionCode: '620102', lat: LANZHOU_CHENGGUAN.lat, lng: LANZHOU_CHENGGUAN.lng }),
    ];
    const ranked = rankMatches(jobs, (j) => matchJobToCandidate(j, seeker, context()));
    expect(ranked.map((r) => r.id)).toEqual(['welder', 'welder-far', 'cook']);
  });

  it('ranks many seekers for one job (matchCandidates)', () => {
    const internship = job({ kind: JobKind.INTERNSHIP, skills: ['电焊'] });
    const seekers: MatchCandidate[] = [
      candidate({ id: 'old', birthYear: 1980 }),
      candidate({ id: 'grad', graduationDate: '2024-06-30', skills: [] }),
      candidate({ id: 'youth', birthYear: 2003, priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED] }),
    ];
    const ranked = rankMatches(seekers, (c) => matchJobToCandidate(internship, c, context()));
    expect(ranked.map((r) => r.id)).toEqual(['youth', 'grad']);
    const all = rankMatches(seekers, (c) => matchJobToCandidate(internship, c, context()), { includeIneligible: true });
    expect(all.map((r) => [r.id, r.match.eligible])).toEqual([
      ['youth', true],
      ['grad', true],
      ['old', false],
    ]);
  });
});
