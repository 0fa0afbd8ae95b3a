import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import type { AuditLogEntity } from './audit-log.entity';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  [AuditAction.JOB_POSTING_APPROVED]: '岗位审核通过',
  [AuditAction.JOB_POSTING_REJECTED]: '岗位审核驳回',
  [AuditAction.JOB_POSTING_CLOSED_BY_OFFICER]: '人社部门关闭岗位',
  [AuditAction.EMPLOYER_VERIFIED]: '单位认证通过',
  [AuditAction.EMPLOYER_REJECTED]: '单位认证驳回',
  [AuditAction.EMPLOYER_VERIFICATION_RESET]: '单位认证退回待审',
  [AuditAction.OFFICER_CREATED]: '创建人社工作人员账号',
  [AuditAction.PROJECT_POLICY_CHANGED]: '项目本地用工政策变更',
  [AuditAction.LOCAL_HIRING_BREACH_ACKNOWLEDGED]: '本地用工比例超限确认',
  [AuditAction.LIVE_MESSAGE_REMOVED]: '直播间删除消息',
  [AuditAction.LIVE_USER_MUTED]: '直播间禁言',
  [AuditAction.LIVE_USER_UNMUTED]: '直播间解除禁言',
  [AuditAction.USER_STATUS_CHANGED]: '账号停用或启用',
  [AuditAction.OFFICER_REGION_CHANGED]: '人社工作人员辖区调整',
  [AuditAction.USER_SIGNED_OUT_EVERYWHERE]: '账号退出全部设备',
  [AuditAction.TEAM_MEMBER_INVITED]: '邀请招聘成员',
  [AuditAction.TEAM_MEMBER_REMOVED]: '移除招聘成员',
  [AuditAction.JOB_FAIR_STATUS_CHANGED]: '招聘会状态变更',
  [AuditAction.FAIR_BOOTH_APPROVED]: '招聘会展位审核通过',
  [AuditAction.FAIR_BOOTH_REJECTED]: '招聘会展位审核驳回',
  [AuditAction.SCREENING_FLAG_DECIDED]: '岗位筛查提示裁定',
  [AuditAction.REPORT_RESOLVED]: '举报处理',
  [AuditAction.EMPLOYER_SUSPENDED]: '暂停单位招聘',
  [AuditAction.UNEMPLOYMENT_REGISTERED]: '失业登记',
  [AuditAction.SUPPORT_FOLLOW_UP_LOGGED]: '帮扶跟进记录',
  [AuditAction.SUPPORT_CASE_CLOSED]: '帮扶结案',
  [AuditAction.SUBSIDY_DECIDED]: '补贴审核',
  [AuditAction.SUBSIDY_PAID]: '补贴发放',
  [AuditAction.GIG_REVIEWED]: '零工审核',
  [AuditAction.GIG_DISPUTE_RESOLVED]: '零工工钱争议处理',
  [AuditAction.GIG_STATION_CREATED]: '登记零工驿站',
};

const TARGET_LABELS: Record<AuditTargetType, string> = {
  [AuditTargetType.JOB_POSTING]: '岗位',
  [AuditTargetType.EMPLOYER]: '用人单位',
  [AuditTargetType.USER]: '账号',
  [AuditTargetType.PROJECT]: '重大项目',
  [AuditTargetType.LIVE_ROOM]: '直播间',
  [AuditTargetType.JOB_FAIR]: '招聘会',
  [AuditTargetType.FAIR_BOOTH]: '招聘会展位',
  [AuditTargetType.REPORT]: '举报',
  [AuditTargetType.UNEMPLOYED_REGISTRATION]: '失业登记',
  [AuditTargetType.SUPPORT_CASE]: '帮扶对象',
  [AuditTargetType.SUBSIDY]: '补贴',
  [AuditTargetType.GIG]: '零工',
  [AuditTargetType.GIG_STATION]: '零工驿站',
};

const ROLE_LABELS: Record<Role, string> = {
  [Role.ADMIN]: '系统管理员',
  [Role.OFFICER]: '人社工作人员',
  [Role.EMPLOYER]: '用人单位',
  [Role.JOB_SEEKER]: '求职者',
};

export const AUDIT_CSV_HEADER = [
  '时间',
  '操作',
  '操作人',
  '操作人角色',
  '操作人编号',
  '对象类型',
  '对象编号',
  '所属地区代码',
  '变更前',
  '变更后',
  '原因',
  '来源地址',
  '请求编号',
];

/** China time, to the second: 2026-12-03 16:05:09. */
const chinaTime = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * One CSV cell: quoted when needed; a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with
 * an apostrophe, so an exported chat message or reason cannot execute on the officer's machine.
 */
export function csvCell(value: string | null | undefined): string {
  let s = value ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The export: a byte-order mark (spreadsheet programs then read UTF-8 Chinese), the header, one line per entry. */
export function auditCsv(rows: AuditLogEntity[]): string {
  const lines = [AUDIT_CSV_HEADER.join(',')];
  for (const e of rows) {
    lines.push(
      [
        chinaTime(e.occurredAt),
        AUDIT_ACTION_LABELS[e.action] ?? e.action,
        e.actorName ?? '系统',
        e.actorRole ? (ROLE_LABELS[e.actorRole] ?? e.actorRole) : '',
        e.actorUserId ?? '',
        TARGET_LABELS[e.targetType] ?? e.targetType,
        e.targetId,
        e.regionCode ?? '',
        e.before ? JSON.stringify(e.before) : '',
        e.after ? JSON.stringify(e.after) : '',
        e.reason ?? '',
        e.clientIp ?? '',
        e.requestId ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
