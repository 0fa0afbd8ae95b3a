import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveLayoffVerdict } from '../layoff-verdict';
import { LayoffVerdictTags } from './LayoffVerdictTags';

/**
 * The rule's verdict on the plan being typed (libs/domain's assessLayoffPlan, run in the browser on every change):
 * whether it must be reported, whether today is in time and the last day that would be; or the rule's message for
 * input it refuses.
 */
export function LayoffVerdictPanel({ verdict }: { verdict: LiveLayoffVerdict }) {
  const { t } = useTranslation();
  const title = t('oversight.layoffs.verdict.live');
  if (verdict.kind === 'incomplete') {
    return (
      <Alert
        type="info"
        title={title}
        description={t('oversight.layoffs.verdict.fill')}
        data-testid="layoff-live-verdict"
        data-state="incomplete"
      />
    );
  }
  if (verdict.kind === 'invalid') {
    return (
      <Alert
        type="error"
        showIcon
        title={`${title} · ${t('oversight.layoffs.verdict.invalid')}`}
        description={<span data-testid="layoff-live-verdict-error">{verdict.message}</span>}
        data-testid="layoff-live-verdict"
        data-state="invalid"
      />
    );
  }
  const a = verdict.assessment;
  return (
    <Alert
      type={!a.reportable ? 'success' : a.onTime ? 'warning' : 'error'}
      showIcon
      title={title}
      data-testid="layoff-live-verdict"
      data-state="verdict"
      data-reportable={a.reportable ? 'yes' : 'no'}
      data-on-time={a.onTime ? 'yes' : 'no'}
      description={
        <Flex vertical gap={4}>
          <LayoffVerdictTags reportable={a.reportable} onTime={a.onTime} daysBefore={a.daysBefore} />
          {a.reportable ? <Typography.Text strong>{t('oversight.layoffs.verdict.fileBy', { date: a.fileBy })}</Typography.Text> : null}
          {a.reasons.map((r) => (
            <span key={r} data-testid="layoff-live-verdict-reason">
              {r}
            </span>
          ))}
        </Flex>
      }
    />
  );
}
