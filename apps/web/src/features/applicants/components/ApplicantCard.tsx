import { PhoneOutlined } from '@ant-design/icons';
import { ApplicationStatus } from '@jobbridge/contracts';
import { Card, Collapse, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApplicationHistory } from '../../applications';
import { ApplicationStatusTag } from '../../../shared/components/StatusTags';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime } from '../../../shared/utils/format';
import { HireSubsidies } from '../../subsidies';
import type { ApplicantApplication, MovedApplication } from '../applicants.graphql';
import type { EmployerMove } from '../employer-moves';
import { ApplicantProfileSummary } from './ApplicantProfileSummary';
import { MoveStatusButtons } from './MoveStatusButtons';
import { PriorityGroupTags } from './PriorityGroupTags';

const THIS_YEAR = new Date().getFullYear();

export function ApplicantCard({
  application,
  busy,
  onMove,
  hireSubsidies,
}: {
  application: ApplicantApplication;
  busy: boolean;
  onMove: (applicationId: string, to: EmployerMove) => void;
  /** What the hire brought, when it was made on this page (otherwise read on demand). */
  hireSubsidies?: MovedApplication['subsidies'];
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { applicant } = application;
  const facts = [
    applicant.gender ? label('gender', applicant.gender) : null,
    applicant.birthYear ? t('employer.applicants.age', { age: THIS_YEAR - applicant.birthYear }) : null,
    applicant.labourBrand,
  ].filter(Boolean);

  return (
    <Card size="small" className="applicant-card" data-testid="applicant-card" data-application-id={application.id}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div>
          <Typography.Text strong className="applicant-name" data-testid="applicant-name">
            {applicant.fullName}
          </Typography.Text>
          {facts.length ? <Typography.Text type="secondary"> · {facts.join(' · ')}</Typography.Text> : null}
          <div>
            <Typography.Text type="secondary">
              {t('applications.appliedAt', { time: formatDateTime(application.createdAt) })} ·{' '}
              {t('applications.source', { source: label('applicationSource', application.source) })}
            </Typography.Text>
          </div>
        </div>
        <ApplicationStatusTag status={application.status} />
      </Flex>
      <div style={{ margin: '8px 0' }}>
        <PriorityGroupTags groups={applicant.priorityGroups} />
      </div>
      {application.contactPhone ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <PhoneOutlined /> {t('employer.applicants.contactPhone')}：
          <a href={`tel:${application.contactPhone}`} data-testid="applicant-contact-phone">
            {application.contactPhone}
          </a>
        </Typography.Paragraph>
      ) : null}
      <ApplicantProfileSummary applicant={applicant} />
      {application.coverNote ? (
        <Typography.Paragraph className="pre-wrap cover-note">
          <Typography.Text type="secondary">{t('employer.applicants.coverNote')}：</Typography.Text>
          {application.coverNote}
        </Typography.Paragraph>
      ) : null}
      {application.status === ApplicationStatus.HIRED ? (
        <div data-testid="applicant-hire">
          {application.contractMonths ? (
            <Typography.Text type="secondary" data-testid="applicant-contract-months">
              {t('subsidies.hire.contract', { months: application.contractMonths })}
            </Typography.Text>
          ) : null}
          <HireSubsidies applicationId={application.id} subsidies={hireSubsidies} />
        </div>
      ) : null}
      <MoveStatusButtons status={application.status} busy={busy} onMove={(to) => onMove(application.id, to)} />
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'history',
            label: <span data-testid="application-history-toggle">{t('applications.history')}</span>,
            children: <ApplicationHistory history={application.history} />,
          },
        ]}
      />
    </Card>
  );
}
