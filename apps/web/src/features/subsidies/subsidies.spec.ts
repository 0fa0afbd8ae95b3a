import { SubsidyStatus } from '@jobbridge/contracts';
import { loadSubsidyPacks, questionsFor, SUBSIDY_VOCABULARY } from '@jobbridge/domain';
import { DEMO_SUBSIDY_PACK_FILES, shippedSubsidyPacks } from '@jobbridge/domain/subsidy-packs';
import { describe, expect, it } from 'vitest';
import { packState, periodState, rulePeriod } from './policy-validity';
import { askableQuestions, buildSubsidyAnswers, isWholeNumberAnswer } from './subsidy-answers';
import { amountText, canApprove, formatYuan, isOpen, paymentFileName, sumYuan, yuanToFen } from './subsidy-format';
import { mergeProposalPages } from './subsidy-pages';

const q = (key: string, type: string) => ({ key, type, text: key });

describe('the "我能享受什么？" answers', () => {
  it('sends one field per answered question, in the type the API takes', () => {
    const questions = [
      q('groups', 'groups'),
      q('graduationDate', 'date'),
      q('contractMonths', 'number'),
      q('organizedTransfer', 'boolean'),
      q('assistanceWorkshop', 'boolean'),
      q('employerSize', 'employerSize'),
      q('jobKind', 'jobKind'),
      q('certificateLevel', 'certificateLevel'),
      q('hukouRegionCode', 'region'),
      q('retentionRate', 'share'),
      q('lastYearPremiumsYuan', 'number'),
    ];
    expect(
      buildSubsidyAnswers(questions, {
        groups: ['GRADUATE', 'YOUTH', 'GRADUATE'],
        graduationDate: '2026-06-30',
        contractMonths: 12.4,
        organizedTransfer: true,
        assistanceWorkshop: false,
        employerSize: 'SME',
        jobKind: 'INTERNSHIP',
        certificateLevel: ' 高级 ',
        hukouRegionCode: ['620000', '621000', '621002'],
        retentionRate: 62.5,
        lastYearPremiumsYuan: 12345.67,
      }),
    ).toEqual({
      groups: ['GRADUATE', 'YOUTH'],
      graduationDate: '2026-06-30',
      contractMonths: 12,
      organizedTransfer: true,
      assistanceWorkshop: false,
      employerSize: 'SME',
      jobKind: 'INTERNSHIP',
      certificateLevel: '高级',
      hukouRegionCode: '621002',
      retentionRate: 0.625,
      lastYearPremiumsYuan: 12345.67,
    });
  });

  it('leaves out what was not answered, so the engine treats it as unknown rather than "no"', () => {
    const questions = [
      q('groups', 'groups'),
      q('graduationDate', 'date'),
      q('contractMonths', 'number'),
      q('organizedTransfer', 'boolean'),
      q('hukouRegionCode', 'region'),
      q('retentionRate', 'share'),
      q('certificateLevel', 'certificateLevel'),
    ];
    expect(buildSubsidyAnswers(questions, {})).toEqual({});
    expect(
      buildSubsidyAnswers(questions, {
        groups: [],
        graduationDate: 'not a date',
        contractMonths: null,
        organizedTransfer: undefined,
        hukouRegionCode: [],
        retentionRate: Number.NaN,
        certificateLevel: '  ',
      }),
    ).toEqual({});
    // a negative count is not an answer; a province picked alone is a code like any other
    expect(
      buildSubsidyAnswers([q('tenureMonths', 'number'), q('hukouRegionCode', 'region')], { tenureMonths: -3, hukouRegionCode: ['620000'] }),
    ).toEqual({
      hukouRegionCode: '620000',
    });
  });

  it('asks a share in percent and sends 0–1, clamped at the ends', () => {
    const share = [q('retentionRate', 'share')];
    expect(buildSubsidyAnswers(share, { retentionRate: 50 })).toEqual({ retentionRate: 0.5 });
    expect(buildSubsidyAnswers(share, { retentionRate: 0 })).toEqual({ retentionRate: 0 });
    expect(buildSubsidyAnswers(share, { retentionRate: 130 })).toEqual({ retentionRate: 1 });
    expect(buildSubsidyAnswers(share, { retentionRate: -5 })).toEqual({ retentionRate: 0 });
  });

  it('never sends a field the API does not take, nor a control it cannot draw; each field once', () => {
    const questions = [q('favouriteColour', 'text'), q('contractMonths', 'slider'), q('birthYear', 'number'), q('birthYear', 'date')];
    expect(askableQuestions(questions).map((x) => [x.key, x.type])).toEqual([['birthYear', 'number']]);
    expect(buildSubsidyAnswers(questions, { favouriteColour: 'red', contractMonths: 12, birthYear: 2003 })).toEqual({ birthYear: 2003 });
  });

  it('takes whole numbers where GraphQL has an Int, decimals where a Float', () => {
    expect(isWholeNumberAnswer('contractMonths')).toBe(true);
    expect(isWholeNumberAnswer('birthYear')).toBe(true);
    expect(isWholeNumberAnswer('lastYearPremiumsYuan')).toBe(false);
    expect(isWholeNumberAnswer('retentionRate')).toBe(false);
  });

  it('can ask every question the shipped and demonstration packs have', () => {
    const packs = [...shippedSubsidyPacks(), ...loadSubsidyPacks(DEMO_SUBSIDY_PACK_FILES, SUBSIDY_VOCABULARY)];
    const questions = packs.flatMap((p) => questionsFor(p));
    expect(questions.length).toBeGreaterThan(5);
    const askable = new Set(askableQuestions(questions).map((x) => x.key));
    expect(questions.filter((x) => !askable.has(x.key as never)).map((x) => `${x.key}:${x.type}`)).toEqual([]);
  });
});

describe('money', () => {
  it('shows whole yuan without ".00", cents when there are any, separators from 10,000 up', () => {
    expect(formatYuan('1000.00')).toBe('1000元');
    expect(formatYuan('1500.5')).toBe('1500.50元');
    expect(formatYuan('0.00')).toBe('0元');
    expect(formatYuan('12000.00')).toBe('12,000元');
    expect(formatYuan('2000000.05')).toBe('2,000,000.05元');
    expect(formatYuan('007')).toBe('7元');
    expect(formatYuan('')).toBe('');
    expect(formatYuan(null)).toBe('');
    expect(formatYuan('1e3')).toBe('');
  });

  it('adds yuan exactly, in fen (no float drift)', () => {
    expect(sumYuan([])).toBe('0.00');
    expect(sumYuan(['0.10', '0.20'])).toBe('0.30');
    expect(sumYuan(['1000.00', '1500.00', '0.01'])).toBe('2500.01');
    expect(sumYuan(Array.from({ length: 1000 }, () => '0.10'))).toBe('100.00');
    expect(yuanToFen('1000.5')).toBe(100050n);
    expect(yuanToFen('abc')).toBeNull();
  });

  it('names the missing item instead of a sum of 0', () => {
    expect(amountText({ amountYuan: '1000.00', amountNote: '1000元' })).toBe('1000元');
    expect(amountText({ amountYuan: '0.00', amountNote: '待核：证书等级' })).toBe('待核：证书等级');
  });

  it('names a payment file after its batch reference', () => {
    expect(paymentFileName('BT-621000-20260315-1')).toBe('BT-621000-20260315-1.csv');
    expect(paymentFileName('BT/621000 x')).toBe('BT_621000_x.csv');
    expect(paymentFileName('')).toBe('subsidy-payments.csv');
  });
});

describe('the officer’s queue', () => {
  it('decides open proposals only, and approves only those whose sum is known', () => {
    expect(isOpen(SubsidyStatus.PROPOSED)).toBe(true);
    expect(isOpen(SubsidyStatus.INFO_REQUESTED)).toBe(true);
    expect(isOpen(SubsidyStatus.APPROVED)).toBe(false);
    expect(isOpen(SubsidyStatus.PAID)).toBe(false);
    expect(canApprove({ status: SubsidyStatus.PROPOSED, amountFen: 100000 })).toBe(true);
    expect(canApprove({ status: SubsidyStatus.PROPOSED, amountFen: 0 })).toBe(false);
    expect(canApprove({ status: SubsidyStatus.REJECTED, amountFen: 100000 })).toBe(false);
  });

  it('appends the next page without repeating a row, with its cursor and the latest total', () => {
    const page = (ids: string[], total: number, endCursor: string | null, hasNextPage: boolean) => ({
      subsidyProposals: { totalCount: total, edges: ids.map((id) => ({ cursor: id, node: { id } })), pageInfo: { hasNextPage, endCursor } },
    });
    const merged = mergeProposalPages(page(['a', 'b'], 4, 'b', true), page(['b', 'c', 'd'], 5, 'd', false));
    expect(merged.subsidyProposals.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.subsidyProposals.pageInfo).toEqual({ hasNextPage: false, endCursor: 'd' });
    expect(merged.subsidyProposals.totalCount).toBe(5);
    const previous = page(['a'], 1, 'a', false);
    expect(mergeProposalPages(previous, undefined)).toBe(previous);
  });
});

describe('what a policy page calls 有效 / 过期 / 未生效', () => {
  const pack = { validFrom: '2023-10-27', validTo: null, inForce: true };

  it('reads a rule within its pack, its own dates first', () => {
    expect(rulePeriod({ validFrom: null, validTo: '2023-12-31' }, pack)).toEqual({ validFrom: '2023-10-27', validTo: '2023-12-31' });
    expect(rulePeriod({ validFrom: '2020-01-01', validTo: null }, pack)).toEqual({ validFrom: '2023-10-27', validTo: null });
    expect(rulePeriod({}, { validFrom: '2024-01-01', validTo: '2025-12-31' })).toEqual({ validFrom: '2024-01-01', validTo: '2025-12-31' });
  });

  it('counts the first and the last day in force', () => {
    const period = { validFrom: '2024-01-01', validTo: '2024-12-31' };
    expect(periodState(period, '2023-12-31')).toBe('NOT_YET');
    expect(periodState(period, '2024-01-01')).toBe('IN_FORCE');
    expect(periodState(period, '2024-12-31')).toBe('IN_FORCE');
    expect(periodState(period, '2025-01-01')).toBe('EXPIRED');
    expect(periodState({ validFrom: '2024-01-01', validTo: null }, '2099-01-01')).toBe('IN_FORCE');
  });

  it('calls an open-ended pack 过期 once every rule has ended (庆阳 001: 截至2023年12月31日)', () => {
    const rules = [
      { validFrom: null, validTo: '2023-12-31' },
      { validFrom: null, validTo: '2023-12-31' },
    ];
    expect(packState({ ...pack, rules }, '2023-12-31')).toBe('IN_FORCE');
    expect(packState({ ...pack, rules }, '2026-03-01')).toBe('EXPIRED');
    expect(packState({ ...pack, rules: [...rules, { validFrom: null, validTo: null }] }, '2026-03-01')).toBe('IN_FORCE');
    expect(packState({ ...pack, rules: [{ validFrom: '2027-01-01', validTo: null }] }, '2026-03-01')).toBe('NOT_YET');
  });

  it('follows the pack itself: before it starts, after it ends, and when the API says it is not in force', () => {
    const rules = [{ validFrom: null, validTo: null }];
    expect(packState({ validFrom: '2024-01-01', validTo: '2024-12-31', inForce: false, rules }, '2023-06-01')).toBe('NOT_YET');
    expect(packState({ validFrom: '2024-01-01', validTo: '2024-12-31', inForce: false, rules }, '2025-06-01')).toBe('EXPIRED');
    expect(packState({ validFrom: '2024-01-01', validTo: null, inForce: false, rules }, '2025-06-01')).toBe('EXPIRED');
    expect(packState({ validFrom: '2024-01-01', validTo: null, inForce: true, rules: [] }, '2025-06-01')).toBe('IN_FORCE');
  });
});
