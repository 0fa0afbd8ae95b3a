import { screenJobPosting } from '@jobbridge/domain';
import { Alert, Form, Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The fair-hiring screen run on the editor's text as the employer types (the same rules the API applies on save):
 * each flag with the words that raised it, before the posting goes to review (issue 10). Nothing when clean.
 */
export function ScreeningPreview() {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const title = useDeferredValue(Form.useWatch<string | undefined>('title', form) ?? '');
  const description = useDeferredValue(Form.useWatch<string | undefined>('description', form) ?? '');
  const flags = useMemo(() => screenJobPosting({ title, description }), [title, description]);
  if (!flags.length) return null;
  const labelOf = (code: string) => {
    const key = `bureau.screeningFlags.${code}`;
    return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
  };
  return (
    <Alert
      type="warning"
      showIcon
      title={t('employer.editor.screening.title', { count: flags.length })}
      description={
        <>
          <ul className="screening-preview-list">
            {flags.map((flag, i) => (
              <li key={`${flag.code}-${i}`} data-testid="job-editor-screening-flag" data-code={flag.code}>
                <Typography.Text strong>{labelOf(flag.code)}</Typography.Text>
                {'：'}
                <Typography.Text mark data-testid="job-editor-screening-evidence">
                  {flag.evidence}
                </Typography.Text>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('employer.editor.screening.hint')}</Typography.Text>
        </>
      }
      data-testid="job-editor-screening"
      data-count={flags.length}
    />
  );
}
