import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A layoff plan's verdict as tags: 须报告 / 无须报告, and for a reportable plan 按时 / 逾期 with the days' notice. */
export function LayoffVerdictTags({ reportable, onTime, daysBefore }: { reportable: boolean; onTime: boolean; daysBefore: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap data-testid="layoff-verdict-tags" data-reportable={reportable ? 'yes' : 'no'} data-on-time={onTime ? 'yes' : 'no'}>
      <Tag color={reportable ? 'orange' : 'green'}>
        {reportable ? t('oversight.layoffs.verdict.reportable') : t('oversight.layoffs.verdict.notReportable')}
      </Tag>
      {reportable ? (
        <Tag color={onTime ? 'green' : 'red'}>{onTime ? t('oversight.layoffs.verdict.onTime') : t('oversight.layoffs.verdict.late')}</Tag>
      ) : null}
      <Tag>{t('oversight.layoffs.verdict.daysBefore', { count: daysBefore })}</Tag>
    </Flex>
  );
}
