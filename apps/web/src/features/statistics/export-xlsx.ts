import type { Cell } from './stats-table';

export interface XlsxSheet {
  name: string;
  rows: Cell[][];
}

/**
 * Saves sheets as an .xlsx workbook through the browser's download. `write-excel-file` (MIT, its only dependency the
 * fflate zip) is loaded on first use, so it stays out of the app's first bundle. The header row is bold; numbers stay
 * numbers, so Excel can sum them.
 */
export async function downloadXlsx(fileName: string, sheets: readonly XlsxSheet[]): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows.map((row, i) =>
        row.map((value) => (value == null ? null : { value, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
      ),
      columns: sheet.rows[0].map((_, i) => ({ width: i === 0 ? 24 : 12 })),
    })),
  ).toFile(fileName);
}
