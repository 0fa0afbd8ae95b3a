import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** A–D colours: A green, B blue, C orange, D red. */
export const GRADE_COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** The employer's credit grade as a small tag ("信用 A"); nothing when there is no grade to show. */
export function CreditGradeTag({ grade }: { grade: string | null | undefined }) {
  const { t } = useTranslation();
  if (!grade) return null;
  return (
    <Tooltip title={t('oversight.credit.gradeTip')}>
      <Tag color={GRADE_COLORS[grade] ?? 'default'} icon={<SafetyCertificateOutlined />} data-testid="credit-grade" data-grade={grade}>
        {t('oversight.credit.gradeTag', { grade })}
      </Tag>
    </Tooltip>
  );
}
