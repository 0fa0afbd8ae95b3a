import { ApplicationStatus, JobPostingStatus, LiveRoomStatus } from '@jobbridge/contracts';

/*
 * Chinese names of the statuses, for the messages of domain errors that reach the UI. They match the labels the web app
 * shows (apps/web/src/i18n/zh-CN.ts), so a refusal names a status the way the user sees it.
 */

export const JOB_POSTING_STATUS_LABELS_ZH: Readonly<Record<JobPostingStatus, string>> = Object.freeze({
  [JobPostingStatus.DRAFT]: '草稿',
  [JobPostingStatus.PENDING_REVIEW]: '待审核',
  [JobPostingStatus.PUBLISHED]: '已发布',
  [JobPostingStatus.REJECTED]: '已驳回',
  [JobPostingStatus.CLOSED]: '已关闭',
});

export const APPLICATION_STATUS_LABELS_ZH: Readonly<Record<ApplicationStatus, string>> = Object.freeze({
  [ApplicationStatus.SUBMITTED]: '已投递',
  [ApplicationStatus.VIEWED]: '已查看',
  [ApplicationStatus.INTERVIEW]: '面试',
  [ApplicationStatus.OFFER]: '录用意向',
  [ApplicationStatus.HIRED]: '已入职',
  [ApplicationStatus.REJECTED]: '未通过',
  [ApplicationStatus.WITHDRAWN]: '已撤回',
});

export const LIVE_ROOM_STATUS_LABELS_ZH: Readonly<Record<LiveRoomStatus, string>> = Object.freeze({
  [LiveRoomStatus.SCHEDULED]: '未开播',
  [LiveRoomStatus.LIVE]: '直播中',
  [LiveRoomStatus.ENDED]: '已结束',
});

/** A status label for a message; an unknown value (from untyped input) is shown as it came. */
export function statusLabelZh<S extends string>(labels: Readonly<Record<S, string>>, status: S): string {
  return (labels as Record<string, string>)[status] ?? String(status);
}
