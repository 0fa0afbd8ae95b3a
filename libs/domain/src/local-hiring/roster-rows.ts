import { RegionLevel } from '@jobbridge/contracts';
import { chinaCalendarDate, formatIsoDate, parseIsoDate } from '../calendar-date';
import { normalizeIdNumber, validateIdNumber } from '../id-number';
import { normalizeRegionCode, regionLevelOf } from '../region-code';

/** One worker as a person types it (a CSV row or a form): every field a raw string. */
export interface RosterRowInput {
  /** 1-based line in the file (the header is line 1), or 0 for a single form entry. */
  line: number;
  fullName?: string | null;
  idNumber?: string | null;
  hukouRegionCode?: string | null;
  trade?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** 是 / 否, yes / no, true / false, 1 / 0; empty is no. */
  povertyAlleviated?: string | null;
}

export interface RosterRow {
  line: number;
  fullName: string;
  /** Normalised (trimmed, trailing X upper-cased). */
  idNumber: string;
  /** Canonical GB/T 2260 code, county level or below. */
  hukouRegionCode: string;
  trade: string;
  startDate: string;
  endDate: string | null;
  povertyAlleviated: boolean;
}

export type RosterRowErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_REGION'
  | 'UNKNOWN_REGION'
  | 'REGION_TOO_COARSE'
  | 'INVALID_DATE'
  | 'END_BEFORE_START'
  | 'START_TOO_FAR_AHEAD'
  | 'INVALID_FLAG'
  | 'DUPLICATE_IN_FILE'
  | 'ALREADY_ON_ROSTER';

export interface RosterRowError {
  line: number;
  field: keyof Omit<RosterRowInput, 'line'>;
  code: RosterRowErrorCode;
  /** Simplified Chinese, ready to show beside the line. */
  message: string;
}

export interface RosterRowContext {
  /** True when the canonical code is a region in the GB/T 2260 dataset. */
  regionExists: (canonicalCode: string) => boolean;
  /** True when a worker with this normalised identity number is already active on the project. */
  alreadyOnRoster: (idNumber: string) => boolean;
  today: Date;
  /** How far ahead a start date may lie, in days (default 366). */
  maxDaysAhead?: number;
}

export const MAX_NAME_LENGTH = 40;
export const MAX_TRADE_LENGTH = 30;

const FLAGS: Record<string, boolean> = {
  是: true,
  否: false,
  yes: true,
  no: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  y: true,
  n: false,
  '': false,
};

const text = (v: string | null | undefined) => (v ?? '').trim();

/**
 * Validates roster rows for an all-or-nothing import: every problem of every row, each with its line
 * and a reason; `rows` holds the good rows (use them only when `errors` is empty). Pure: the dataset
 * and the current roster come in through `context`.
 */
export function validateRosterRows(
  inputs: readonly RosterRowInput[],
  context: RosterRowContext,
): { rows: RosterRow[]; errors: RosterRowError[] } {
  const errors: RosterRowError[] = [];
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  const latestStart = new Date(context.today.getTime() + (context.maxDaysAhead ?? 366) * 86_400_000);
  const latestStartIso = formatIsoDate(chinaCalendarDate(latestStart));

  for (const input of inputs) {
    const before = errors.length;
    const fail = (field: RosterRowError['field'], code: RosterRowErrorCode, message: string) =>
      errors.push({ line: input.line, field, code, message });

    const fullName = text(input.fullName);
    if (!fullName) fail('fullName', 'REQUIRED', '缺少姓名');
    else if (fullName.length > MAX_NAME_LENGTH) fail('fullName', 'TOO_LONG', `姓名超过${MAX_NAME_LENGTH}字`);

    const idNumber = normalizeIdNumber(text(input.idNumber));
    if (!idNumber) fail('idNumber', 'REQUIRED', '缺少身份证号');
    else if (!validateIdNumber(idNumber, context.today).ok)
      fail('idNumber', 'INVALID_ID_NUMBER', '身份证号无效（位数、出生日期或校验位不符）');
    else if (seen.has(idNumber)) fail('idNumber', 'DUPLICATE_IN_FILE', `与第${seen.get(idNumber)}行是同一人`);
    else if (context.alreadyOnRoster(idNumber)) fail('idNumber', 'ALREADY_ON_ROSTER', '此人已在项目花名册中');
    if (idNumber && !seen.has(idNumber)) seen.set(idNumber, input.line);

    const rawRegion = text(input.hukouRegionCode);
    const region = rawRegion ? normalizeRegionCode(rawRegion) : null;
    if (!rawRegion) fail('hukouRegionCode', 'REQUIRED', '缺少户籍地区代码');
    else if (region === null) fail('hukouRegionCode', 'INVALID_REGION', `户籍地区代码格式无效："${rawRegion}"`);
    else if (!context.regionExists(region)) fail('hukouRegionCode', 'UNKNOWN_REGION', `没有这个地区代码：${rawRegion}`);
    else if (![RegionLevel.COUNTY, RegionLevel.TOWNSHIP].includes(regionLevelOf(region))) {
      fail('hukouRegionCode', 'REGION_TOO_COARSE', '户籍地区代码需精确到区县');
    }

    const trade = text(input.trade);
    if (!trade) fail('trade', 'REQUIRED', '缺少工种');
    else if (trade.length > MAX_TRADE_LENGTH) fail('trade', 'TOO_LONG', `工种超过${MAX_TRADE_LENGTH}字`);

    const startText = text(input.startDate);
    const start = startText ? parseIsoDate(startText) : null;
    if (!startText) fail('startDate', 'REQUIRED', '缺少进场日期');
    else if (!start) fail('startDate', 'INVALID_DATE', `进场日期无效："${startText}"（应为 YYYY-MM-DD）`);
    else if (startText > latestStartIso) fail('startDate', 'START_TOO_FAR_AHEAD', '进场日期过远（最多一年后）');

    const endText = text(input.endDate);
    const end = endText ? parseIsoDate(endText) : null;
    if (endText && !end) fail('endDate', 'INVALID_DATE', `离场日期无效："${endText}"（应为 YYYY-MM-DD）`);
    else if (endText && start && endText < startText) fail('endDate', 'END_BEFORE_START', '离场日期早于进场日期');

    const flagText = text(input.povertyAlleviated).toLowerCase();
    const flag = FLAGS[flagText];
    if (flag === undefined) fail('povertyAlleviated', 'INVALID_FLAG', `脱贫劳动力一栏应填“是”或“否”："${text(input.povertyAlleviated)}"`);

    if (errors.length === before) {
      rows.push({
        line: input.line,
        fullName,
        idNumber,
        hukouRegionCode: region!,
        trade,
        startDate: startText,
        endDate: endText || null,
        povertyAlleviated: flag,
      });
    }
  }
  return { rows, errors };
}
