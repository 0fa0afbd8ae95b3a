import { toCsv } from '../../shared/utils/csv';

/**
 * The header `importProjectWorkers` reads (a file format, so fixed Chinese column names rather than UI text).
 * 户籍地区代码: the GB/T 2260 county or township code; 离场日期 may be empty; 脱贫劳动力: 是 / 否.
 */
export const ROSTER_CSV_COLUMNS = ['姓名', '身份证号', '户籍地区代码', '工种', '进场日期', '离场日期', '脱贫劳动力'] as const;

/** The template to download: the header only, UTF-8 with a BOM so Excel keeps the Chinese. */
export const rosterCsvTemplate = (): string => toCsv([ROSTER_CSV_COLUMNS]);

/** Data rows in a CSV text (non-blank lines after the header), for "N 行数据" before importing. */
export function countCsvRows(text: string): number {
  return Math.max(0, text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1);
}
