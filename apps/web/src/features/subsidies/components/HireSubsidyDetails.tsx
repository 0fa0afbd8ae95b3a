import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HireSubsidyData } from '../subsidies.graphql';
import { CitationBlock } from './CitationBlock';
import { ConditionList } from './ConditionList';

/** A proposal's conditions (met / 待核), the items still missing and its citation: the popover on a hire's line. */
export function HireSubsidyDetails({ subsidy }: { subsidy: HireSubsidyData }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ maxWidth: 'min(360px, calc(100vw - 48px))' }} data-testid="hire-subsidy-details">
      <ConditionList conditions={subsidy.conditions} />
      {subsidy.missing.length ? (
        <Typography.Text type="warning">
          {t('subsidies.mine.missing')}：{subsidy.missing.join('、')}
        </Typography.Text>
      ) : null}
      <CitationBlock citation={subsidy.citation} />
    </Flex>
  );
}
