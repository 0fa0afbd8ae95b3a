import { ReportAction, ReportStatus } from '@jobbridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ACTION_COLORS: Record<ReportAction, string> = {
  [ReportAction.WARN]: 'orange',
  [ReportAction.SUSPEND_POSTING]: 'volcano',
  [ReportAction.SUSPEND_EMPLOYER]: 'red',
  [ReportAction.DISMISS]: 'default',
};

/** A report's state: 待处理, or the officer's decision (警告, 下架岗位 …). */
export function ReportActionTag({ status, action }: { status: ReportStatus; action: ReportAction | null | undefined }) {
  const { t } = useTranslation();
  if (status === ReportStatus.OPEN || !action) {
    return (
      <Tag color="processing" data-testid="report-status" data-status={status}>
        {t(`oversight.reportStatus.${status}`)}
      </Tag>
    );
  }
  return (
    <Tag color={ACTION_COLORS[action]} data-testid="report-status" data-status={status} data-action={action}>
      {t(`oversight.actions.${action}`)}
    </Tag>
  );
}
