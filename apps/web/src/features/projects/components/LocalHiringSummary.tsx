import { LocalHiringStatus } from '@jobbridge/contracts';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { thresholdPercent } from '../local-hiring';
import type { ProjectDetail } from '../projects.graphql';
import { LocalHiringGauge } from './LocalHiringGauge';
import { LocalHiringStatusTag } from './LocalHiringStatusTag';

/** The shortfall in words: 还需招用 N 名本地工人 / 已达标 / 临界 / 暂无在岗. */
function Verdict({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { status, shortfall } = project.localHiring;
  const [type, text] =
    status === LocalHiringStatus.BREACH
      ? (['error', t('projects.detail.shortfall', { count: shortfall })] as const)
      : status === LocalHiringStatus.AT_RISK
        ? (['warning', t('projects.detail.atRisk')] as const)
        : status === LocalHiringStatus.COMPLIANT
          ? (['success', t('projects.detail.compliant')] as const)
          : (['info', t('projects.detail.noWorkers')] as const);
  return <Alert type={type} showIcon title={text} data-testid="local-hiring-verdict" data-shortfall={shortfall} />;
}

/** 本地用工: the gauge, the verdict and the rule the project is held to. */
export function LocalHiringSummary({ project, live }: { project: ProjectDetail; live: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { localHiring } = project;
  return (
    <Card
      size="small"
      title={t('projects.detail.ledger')}
      extra={
        <Flex gap={8} align="center">
          <LocalHiringStatusTag localHiring={localHiring} />
          {live ? (
            <Typography.Text type="secondary" className="live-hint">
              {t('projects.detail.live')}
            </Typography.Text>
          ) : null}
        </Flex>
      }
      data-testid="local-hiring-summary"
    >
      <Flex gap={24} wrap align="center" justify="center">
        <LocalHiringGauge localHiring={localHiring} />
        <Flex vertical gap={12} style={{ flex: '1 1 280px', minWidth: 0 }}>
          <Verdict project={project} />
          <Descriptions size="small" column={1} colon={false} className="project-facts">
            <Descriptions.Item label={t('projects.detail.threshold')}>
              <span>
                <span className="threshold-value" data-testid="project-threshold">
                  {t('projects.detail.thresholdValue', { percent: thresholdPercent(localHiring.threshold) })}
                </span>
                <Typography.Text type="secondary"> · {project.thresholdSource}</Typography.Text>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.localScope')}>
              {t('projects.detail.localScopeValue', {
                scope: label('localScope', project.localScope),
                region: project.localScopeRegion.fullName,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.breachRule')}>
              <span data-testid="project-breach-rule" data-rule={project.breachRule}>
                {label('breachRule', project.breachRule)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.planned')}>
              <span data-testid="project-planned">{t('projects.detail.peopleValue', { count: project.plannedWorkforce })}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.detail.povertyAlleviated')}>
              <span data-testid="project-poverty-alleviated">
                {t('projects.detail.peopleValue', { count: project.povertyAlleviatedWorkers })}
              </span>
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      </Flex>
    </Card>
  );
}
