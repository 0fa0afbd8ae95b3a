import { CoffeeOutlined, HomeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { DormitoryProvision, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { Space, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobCardData } from '../jobs.graphql';

/** The three perks seekers look for first, as icons on job cards: 包住, 包吃, 五险一金. */
export function TruthPerks({ truthCard }: { truthCard: JobCardData['truthCard'] }) {
  const { t } = useTranslation();
  if (!truthCard) return null;
  const perks = [
    truthCard.dormitory === DormitoryProvision.FREE && { key: 'dormitory', icon: <HomeOutlined />, label: t('jobs.perks.dormitory') },
    truthCard.meals === MealProvision.FREE && { key: 'meals', icon: <CoffeeOutlined />, label: t('jobs.perks.meals') },
    truthCard.socialInsurance === SocialInsurance.FIVE_INSURANCES_HOUSING_FUND && {
      key: 'housing-fund',
      icon: <SafetyCertificateOutlined />,
      label: t('jobs.perks.housingFund'),
    },
  ].filter((p): p is { key: string; icon: ReactElement; label: string } => Boolean(p));
  if (!perks.length) return null;
  return (
    <Space size={4} wrap>
      {perks.map((p) => (
        <Tag key={p.key} icon={p.icon} color="success" variant="outlined" data-testid={`perk-${p.key}`}>
          {p.label}
        </Tag>
      ))}
    </Space>
  );
}
