import {
  ClockCircleOutlined,
  CoffeeOutlined,
  HomeOutlined,
  InfoCircleOutlined,
  SafetyCertificateOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Card, Descriptions, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { VerifiedTag } from '../../oversight';
import type { JobDetailData } from '../jobs.graphql';

const Label = ({ icon, text }: { icon: ReactNode; text: string }) => (
  <span className="truth-card-label">
    {icon} {text}
  </span>
);

/**
 * 岗位真相卡: the employer's commitments on hours, shifts, housing, meals and social insurance, shown prominently.
 * `compact` (inside a live room's pinned card): a small card without the subtitle. `verified`: the items hired workers
 * confirmed in their check-ins (WORKING_HOURS, DORMITORY, MEALS, SOCIAL_INSURANCE), each marked 核实.
 */
export function TruthCardView({
  truthCard,
  compact = false,
  verified = [],
}: {
  truthCard: JobDetailData['truthCard'];
  compact?: boolean;
  verified?: readonly string[];
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const check = (item: string) => (verified.includes(item) ? <VerifiedTag item={item} /> : null);

  return (
    <Card
      className={compact ? 'truth-card truth-card-compact' : 'truth-card'}
      size={compact ? 'small' : 'default'}
      data-testid="truth-card"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('jobs.truthCard.title')}
        </span>
      }
      extra={
        compact ? undefined : (
          <Typography.Text type="secondary" className="truth-card-subtitle">
            {t('jobs.truthCard.subtitle')}
          </Typography.Text>
        )
      }
    >
      {truthCard ? (
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            {
              key: 'hours',
              label: <Label icon={<ClockCircleOutlined />} text={t('jobs.truthCard.workingHours')} />,
              children: (
                <span>
                  <span data-testid="truth-working-hours">{truthCard.workingHours}</span>
                  {check('WORKING_HOURS')}
                </span>
              ),
            },
            {
              key: 'shifts',
              label: <Label icon={<SwapOutlined />} text={t('jobs.truthCard.shifts')} />,
              children: <span data-testid="truth-shifts">{truthCard.shifts || t('common.notSet')}</span>,
            },
            {
              key: 'dorm',
              label: <Label icon={<HomeOutlined />} text={t('jobs.truthCard.dormitory')} />,
              children: (
                <span>
                  <span data-testid="truth-dormitory" data-value={truthCard.dormitory}>
                    {label('dormitory', truthCard.dormitory)}
                  </span>
                  {check('DORMITORY')}
                </span>
              ),
            },
            {
              key: 'meals',
              label: <Label icon={<CoffeeOutlined />} text={t('jobs.truthCard.meals')} />,
              children: (
                <span>
                  <span data-testid="truth-meals" data-value={truthCard.meals}>
                    {label('meals', truthCard.meals)}
                  </span>
                  {check('MEALS')}
                </span>
              ),
            },
            {
              key: 'insurance',
              label: <Label icon={<SafetyCertificateOutlined />} text={t('jobs.truthCard.socialInsurance')} />,
              children: (
                <span>
                  <span data-testid="truth-social-insurance" data-value={truthCard.socialInsurance}>
                    {label('socialInsurance', truthCard.socialInsurance)}
                  </span>
                  {check('SOCIAL_INSURANCE')}
                </span>
              ),
            },
            ...(truthCard.note
              ? [
                  {
                    key: 'note',
                    span: { xs: 1, sm: 2 },
                    label: <Label icon={<InfoCircleOutlined />} text={t('jobs.truthCard.note')} />,
                    children: (
                      <span className="pre-wrap" data-testid="truth-note">
                        {truthCard.note}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('jobs.truthCard.missing')} />
      )}
    </Card>
  );
}
