import { ReportStatus, ReportTargetType } from '@jobbridge/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/utils/format';
import type { ContentReportData } from '../oversight.graphql';
import { ReportActionTag } from './ReportActionTag';
import { ReportPhotos } from './ReportPhotos';

/** Where a report's target can be opened: the posting, or the live room (a booth has no page of its own). */
export function reportTargetLink(report: Pick<ContentReportData, 'targetType' | 'targetId' | 'jobPostingId'>): string | null {
  if (report.jobPostingId) return `/jobs/${report.jobPostingId}`;
  if (report.targetType === ReportTargetType.LIVE_ROOM) return `/live/${report.targetId}`;
  return null;
}

/**
 * One report: what it is about, the category, the reporter's text and photos (seekers and officers; the API gives the
 * employer neither), and the decision with the officer's note. `extra` holds the officer's actions; `children` the
 * officer's view of the posting.
 */
export function ReportCard({ report, extra, children }: { report: ContentReportData; extra?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const link = reportTargetLink(report);
  return (
    <Card
      size="small"
      data-testid="report-item"
      data-report-id={report.id}
      data-status={report.status}
      data-action={report.action ?? ''}
      title={
        <Flex gap={6} wrap align="center" style={{ whiteSpace: 'normal' }}>
          <Tag>{t(`oversight.targetTypes.${report.targetType}`)}</Tag>
          <Typography.Text strong>{t(`oversight.categories.${report.category}`)}</Typography.Text>
        </Flex>
      }
      extra={<ReportActionTag status={report.status} action={report.action} />}
    >
      <Flex vertical gap={8}>
        {report.text ? (
          <Typography.Paragraph className="pre-wrap" style={{ margin: 0 }} data-testid="report-text-view">
            {report.text}
          </Typography.Paragraph>
        ) : null}
        <ReportPhotos photos={report.photos} />
        {children}
        {report.status === ReportStatus.RESOLVED && report.resolutionNote ? (
          <Typography.Paragraph style={{ margin: 0 }} data-testid="report-resolution-note">
            {t('oversight.myReports.note', { note: report.resolutionNote })}
          </Typography.Paragraph>
        ) : null}
        <Flex gap={12} wrap align="center" justify="space-between">
          <Typography.Text type="secondary">
            {report.createdAt ? t('oversight.myReports.reportedAt', { time: formatDateTime(report.createdAt) }) : null}
            {report.createdAt && report.resolvedAt ? ' · ' : null}
            {report.resolvedAt ? t('oversight.myReports.resolvedAt', { time: formatDateTime(report.resolvedAt) }) : null}
          </Typography.Text>
          <Flex gap={8} wrap align="center">
            {link ? (
              <Link to={link} data-testid="report-target-link">
                {report.jobPostingId ? t('oversight.myReports.viewPosting') : t('oversight.myReports.viewRoom')}
              </Link>
            ) : null}
            {extra}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
