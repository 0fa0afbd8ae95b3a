import type { RosterRowInput } from '@jobbridge/domain';
import { parse } from 'csv-parse/sync';

/** Column headers a roster file may use (Chinese as the bureau's template has them, or English). */
const HEADERS: Record<string, keyof Omit<RosterRowInput, 'line'>> = {
  姓名: 'fullName',
  fullname: 'fullName',
  name: 'fullName',
  身份证号: 'idNumber',
  身份证号码: 'idNumber',
  公民身份号码: 'idNumber',
  idnumber: 'idNumber',
  户籍地区代码: 'hukouRegionCode',
  户籍地代码: 'hukouRegionCode',
  户籍行政区划代码: 'hukouRegionCode',
  hukouregioncode: 'hukouRegionCode',
  工种: 'trade',
  trade: 'trade',
  进场日期: 'startDate',
  开始日期: 'startDate',
  startdate: 'startDate',
  离场日期: 'endDate',
  结束日期: 'endDate',
  enddate: 'endDate',
  脱贫劳动力: 'povertyAlleviated',
  是否脱贫劳动力: 'povertyAlleviated',
  povertyalleviated: 'povertyAlleviated',
};

export const ROSTER_CSV_TEMPLATE = '姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力\n';
export const MAX_ROSTER_ROWS = 5000;

export type RosterCsvResult = { ok: true; rows: RosterRowInput[] } | { ok: false; line: number; message: string };

/** What csv-parse's errors mean, for the person importing (its own messages are English). */
const CSV_PROBLEMS_ZH: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号位置不正确（字段内的引号需写成两个 ""）',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后面多了字符',
  INVALID_OPENING_QUOTE: '引号位置不正确（字段内的引号需写成两个 ""）',
  CSV_MAX_RECORD_SIZE: '某一行过长',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '各行列数不一致',
  CSV_RECORD_INCONSISTENT_COLUMNS: '各行列数不一致',
};

/**
 * Reads a roster CSV (UTF-8, optional BOM, header row first) into raw rows numbered by their line in the file.
 * Only the file's shape is judged here; the rows are validated by libs/domain's validateRosterRows.
 */
export function parseRosterCsv(text: string): RosterCsvResult {
  // info: each record's line in the file (empty lines are skipped, so counting records would drift).
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      line,
      message: `CSV 格式错误：${CSV_PROBLEMS_ZH[(e as { code?: string }).code ?? ''] ?? '无法读取文件，请用模板另存为 CSV（UTF-8）后重试'}`,
    };
  }
  if (!records.length)
    return { ok: false, line: 1, message: '文件为空：第一行应为表头（姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力）' };
  const header = records[0].record.map((h) => HEADERS[h.replace(/\s+/g, '').toLowerCase()] ?? HEADERS[h.trim()]);
  const required: (keyof Omit<RosterRowInput, 'line'>)[] = ['fullName', 'idNumber', 'hukouRegionCode', 'trade', 'startDate'];
  const missing = required.filter((f) => !header.includes(f));
  if (missing.length)
    return {
      ok: false,
      line: 1,
      message: `表头缺少列：${missing.map((m) => Object.keys(HEADERS).find((k) => HEADERS[k] === m)).join('、')}`,
    };
  if (records.length - 1 > MAX_ROSTER_ROWS) return { ok: false, line: MAX_ROSTER_ROWS + 2, message: `一次最多导入 ${MAX_ROSTER_ROWS} 行` };
  if (records.length === 1) return { ok: false, line: 2, message: '文件里只有表头，没有人员' };

  const rows = records.slice(1).map(({ record, info }) => {
    const row: RosterRowInput = { line: info.lines };
    header.forEach((field, i) => {
      if (field) row[field] = record[i] ?? '';
    });
    return row;
  });
  return { ok: true, rows };
}
