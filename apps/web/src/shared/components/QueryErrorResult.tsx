import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeAppError, extractAppErrors } from '../errors';

/** Full-width error state for a query that failed; offers a retry. */
export function QueryErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const [first] = extractAppErrors(error);
  return (
    <div data-testid="query-error">
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={describeAppError(first, t, i18n.language)}
        extra={
          onRetry ? (
            <Button type="primary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null
        }
      />
    </div>
  );
}
