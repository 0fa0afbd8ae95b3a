import { generateIdNumber } from '../id-number';
import { RosterRowInput, validateRosterRows } from './roster-rows';

const TODAY = new Date('2026-06-01T04:00:00Z');
const KNOWN = new Set(['622921', '622901', '622900', '620000', '621002', '622921100']);
const ID_A = generateIdNumber('62292119900101001');
const ID_B = generateIdNumber('62290119880512002');
const ID_C = generateIdNumber('62100219950303003');
const context = (onRoster: string[] = []) => ({
  regionExists: (c: string) => KNOWN.has(c),
  alreadyOnRoster: (id: string) => onRoster.includes(id),
  today: TODAY,
});
const row = (line: number, overrides: Partial<RosterRowInput> = {}): RosterRowInput => ({
  line,
  fullName: '马建国',
  idNumber: ID_A,
  hukouRegionCode: '622921',
  trade: '钢筋工',
  startDate: '2026-05-01',
  endDate: '',
  povertyAlleviated: '否',
  ...overrides,
});

describe('validateRosterRows', () => {
  it('accepts good rows, normalising the identity number and region code', () => {
    const { rows, errors } = validateRosterRows(
      [
        row(2, { idNumber: ` ${ID_A.toLowerCase()} ` }),
        row(3, { idNumber: ID_B, hukouRegionCode: '622901', povertyAlleviated: '是', endDate: '2026-09-30' }),
      ],
      context(),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        fullName: '马建国',
        idNumber: ID_A,
        hukouRegionCode: '622921',
        trade: '钢筋工',
        startDate: '2026-05-01',
        endDate: null,
        povertyAlleviated: false,
      },
      {
        line: 3,
        fullName: '马建国',
        idNumber: ID_B,
        hukouRegionCode: '622901',
        trade: '钢筋工',
        startDate: '2026-05-01',
        endDate: '2026-09-30',
        povertyAlleviated: true,
      },
    ]);
  });

  it.each([
    [{ hukouRegionCode: '999999' }, 'hukouRegionCode', 'INVALID_REGION'],
    [{ hukouRegionCode: '622999' }, 'hukouRegionCode', 'UNKNOWN_REGION'],
    [{ hukouRegionCode: '622900' }, 'hukouRegionCode', 'REGION_TOO_COARSE'],
    [{ hukouRegionCode: '' }, 'hukouRegionCode', 'REQUIRED'],
    [{ idNumber: ID_A.slice(0, 17) + (ID_A[17] === '0' ? '1' : '0') }, 'idNumber', 'INVALID_ID_NUMBER'],
    [{ idNumber: '12345' }, 'idNumber', 'INVALID_ID_NUMBER'],
    [{ idNumber: '' }, 'idNumber', 'REQUIRED'],
    [{ fullName: ' ' }, 'fullName', 'REQUIRED'],
    [{ fullName: '名'.repeat(41) }, 'fullName', 'TOO_LONG'],
    [{ trade: '' }, 'trade', 'REQUIRED'],
    [{ trade: '工'.repeat(31) }, 'trade', 'TOO_LONG'],
    [{ startDate: '2026/05/01' }, 'startDate', 'INVALID_DATE'],
    [{ startDate: '2026-02-30' }, 'startDate', 'INVALID_DATE'],
    [{ startDate: '' }, 'startDate', 'REQUIRED'],
    [{ startDate: '2027-06-03' }, 'startDate', 'START_TOO_FAR_AHEAD'],
    [{ endDate: '2026-04-30' }, 'endDate', 'END_BEFORE_START'],
    [{ endDate: '2026-13-01' }, 'endDate', 'INVALID_DATE'],
    [{ povertyAlleviated: '可能' }, 'povertyAlleviated', 'INVALID_FLAG'],
  ])('names the line and reason for %p', (overrides, field, code) => {
    const { rows, errors } = validateRosterRows([row(7, overrides as Partial<RosterRowInput>)], context());
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ line: 7, field, code, message: expect.any(String) })]);
  });

  it('an end date on the start date is allowed (the worker never counts)', () => {
    expect(validateRosterRows([row(2, { endDate: '2026-05-01' })], context()).errors).toEqual([]);
  });

  it('finds a duplicate worker within the file, pointing at the first line', () => {
    const { errors } = validateRosterRows([row(2), row(3, { idNumber: ID_B }), row(4, { idNumber: ID_A.toLowerCase() })], context());
    expect(errors).toEqual([
      expect.objectContaining({ line: 4, field: 'idNumber', code: 'DUPLICATE_IN_FILE', message: '与第2行是同一人' }),
    ]);
  });

  it('finds a worker already active on the roster', () => {
    const { errors } = validateRosterRows([row(2), row(3, { idNumber: ID_C })], context([ID_C]));
    expect(errors).toEqual([expect.objectContaining({ line: 3, code: 'ALREADY_ON_ROSTER' })]);
  });

  it('reports every problem of every row, not only the first', () => {
    const { errors } = validateRosterRows(
      [row(2, { fullName: '', hukouRegionCode: 'abc' }), row(3), row(4, { idNumber: ID_B, endDate: '2020-01-01' })],
      context(),
    );
    expect(errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, 'fullName', 'REQUIRED'],
      [2, 'hukouRegionCode', 'INVALID_REGION'],
      [3, 'idNumber', 'DUPLICATE_IN_FILE'],
      [4, 'endDate', 'END_BEFORE_START'],
    ]);
  });

  it.each(['是', '否', 'yes', 'NO', 'true', '1', '0', '', 'Y'])('reads the poverty flag %p', (flag) => {
    expect(validateRosterRows([row(2, { povertyAlleviated: flag })], context()).errors).toEqual([]);
  });
});
