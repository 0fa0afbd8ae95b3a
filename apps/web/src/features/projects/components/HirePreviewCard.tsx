import { ArrowRightOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { BreachRule } from '@jobbridge/contracts';
import { Alert, Card, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAppError, extractAppErrors } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { formatRatio } from '../../../shared/utils/format';
import { lastCode } from '../../../shared/utils/region-path';
import { PREVIEW_PROJECT_HIRE_QUERY, type LocalHiring } from '../projects.graphql';
import { LocalHiringStatusTag } from './LocalHiringStatusTag';

function Side({ label, figures, testId }: { label: string; figures: LocalHiring; testId: string }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={2} data-testid={testId} data-ratio={figures.ratio ?? ''} data-status={figures.status}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text strong className="preview-ratio">
        {t('projects.preview.figures', { ratio: formatRatio(figures.ratio), local: figures.localWorkers, total: figures.totalWorkers })}
      </Typography.Text>
      <LocalHiringStatusTag localHiring={figures} />
    </Flex>
  );
}

/**
 * 招用试算 (`previewProjectHire`): pick the hukou region of someone to hire and see the ratio before → after,
 * whether it would breach, and what the project's rule then does. Nothing is written.
 */
export function HirePreviewCard({ projectId, localHiring }: { projectId: string; localHiring: LocalHiring }) {
  const { t, i18n } = useTranslation();
  const [region, setRegion] = useState<string[] | undefined>();
  const [preview, { data, loading, error }] = useLazyQuery(PREVIEW_PROJECT_HIRE_QUERY, { fetchPolicy: 'network-only' });
  const result = region ? data?.previewProjectHire : undefined;
  const code = lastCode(region);

  // Again whenever the roster moves (a hire, an import, a push), so the figures shown stay today's.
  const { totalWorkers, localWorkers } = localHiring;
  useEffect(() => {
    if (code) void preview({ variables: { input: { projectId, hukouRegionCode: code } } }).catch(() => undefined);
  }, [preview, projectId, code, totalWorkers, localWorkers]);

  const verdict = !result
    ? null
    : !result.breaches
      ? (['success', t('projects.preview.fine')] as const)
      : result.breachRule === BreachRule.BLOCK
        ? (['error', t('projects.preview.breachBlock')] as const)
        : (['warning', t('projects.preview.breachWarn')] as const);

  return (
    <Card size="small" title={t('projects.preview.title')} data-testid="hire-preview">
      <Typography.Paragraph type="secondary">{t('projects.preview.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('projects.preview.hukou')} style={{ marginBottom: 12 }}>
          <RegionCascader value={region} onChange={setRegion} data-testid="hire-preview-region" />
        </Form.Item>
      </Form>
      {loading && !result ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {error && region && !loading ? (
        <Alert type="error" showIcon title={describeAppError(extractAppErrors(error)[0], t, i18n.language)} />
      ) : null}
      {result ? (
        <Flex
          vertical
          gap={12}
          data-testid="hire-preview-result"
          data-breaches={result.breaches}
          data-allowed={result.allowed}
          data-local={result.local}
        >
          <Tag color={result.local ? 'green' : 'orange'} style={{ alignSelf: 'flex-start' }} data-testid="hire-preview-local">
            {result.local ? t('projects.preview.local') : t('projects.preview.nonLocal')}
          </Tag>
          <Flex align="center" justify="space-around" gap={8} wrap>
            <Side label={t('projects.preview.before')} figures={result.before} testId="hire-preview-before" />
            <ArrowRightOutlined />
            <Side label={t('projects.preview.after')} figures={result.after} testId="hire-preview-after" />
          </Flex>
          {verdict ? <Alert type={verdict[0]} showIcon title={verdict[1]} data-testid="hire-preview-verdict" /> : null}
        </Flex>
      ) : null}
    </Card>
  );
}
