import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { ProjectDetail } from '../projects.graphql';

/** Owner, place, kind, dates, local-first window. */
export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card size="small" data-testid="project-facts">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('projects.detail.owner')}>
          <span data-testid="project-owner">{project.employer.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.detail.region')}>{project.region.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('projects.columns.kind')}>{label('projectKind', project.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('projects.detail.period')}>
          {project.endDate
            ? t('projects.detail.periodValue', { start: project.startDate, end: project.endDate })
            : t('projects.detail.periodOpen', { start: project.startDate })}
        </Descriptions.Item>
        {project.localFirstDays ? (
          <Descriptions.Item label={t('projects.detail.localFirstDays')}>
            {t('projects.detail.localFirstDaysValue', { count: project.localFirstDays })}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
