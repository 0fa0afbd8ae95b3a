import { chinaCalendarDate, formatIsoDate } from '@jobbridge/domain';
import { csvCell } from '../audit/audit-csv';

/** The China calendar day of an instant, YYYY-MM-DD. */
export const chinaDate = (now: Date): string => formatIsoDate(chinaCalendarDate(now));

/** Fen as yuan with two decimals: 100000 → "1000.00". */
export function yuanOf(fen: number | string | bigint): string {
  const n = BigInt(fen);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export const BENEFICIARY_KIND_ZH = { EMPLOYER: '单位', WORKER: '个人', INTERMEDIARY: '中介机构' } as const;

/**
 * The payment file's layout (stated in docs/adr/0018-subsidies.md): UTF-8 with a byte-order mark, comma-separated,
 * one header line, one line per payment, amounts in yuan with two decimals, a last line with the count and total.
 * 序号, 批次号, 付款参考号, 收款方类型, 收款方名称, 收款方证件号（单位为统一社会信用代码；个人为脱敏身份证号，银行按参考号核对）,
 * 金额（元）, 政策名称, 政策依据, 地区代码, 审批人, 审批日期, 发放日期.
 */
export const PAYMENT_CSV_HEADER = [
  '序号',
  '批次号',
  '付款参考号',
  '收款方类型',
  '收款方名称',
  '收款方证件号',
  '金额（元）',
  '政策名称',
  '政策依据',
  '地区代码',
  '审批人',
  '审批日期',
  '发放日期',
];

export interface PaymentCsvRow {
  reference: string;
  beneficiary: keyof typeof BENEFICIARY_KIND_ZH;
  payeeName: string;
  payeeId: string;
  amountFen: number;
  ruleName: string;
  citation: string;
  regionCode: string;
  approvedBy: string;
  approvedOn: string;
  paidOn: string;
}

export function paymentCsv(batchReference: string, rows: PaymentCsvRow[]): string {
  const lines = [PAYMENT_CSV_HEADER.join(',')];
  let total = 0n;
  rows.forEach((r, i) => {
    total += BigInt(r.amountFen);
    lines.push(
      [
        String(i + 1),
        batchReference,
        r.reference,
        BENEFICIARY_KIND_ZH[r.beneficiary],
        r.payeeName,
        r.payeeId,
        yuanOf(r.amountFen),
        r.ruleName,
        r.citation,
        r.regionCode,
        r.approvedBy,
        r.approvedOn,
        r.paidOn,
      ]
        .map((v) => csvCell(v))
        .join(','),
    );
  });
  lines.push(
    [csvCell('合计'), csvCell(batchReference), '', '', csvCell(`${rows.length}笔`), '', yuanOf(total), '', '', '', '', '', ''].join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
