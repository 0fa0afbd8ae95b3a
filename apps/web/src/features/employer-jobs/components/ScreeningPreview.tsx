import { screenPostingDraft } from '@jobbridge/domain';
import { Alert, Form, Typography } from 'antd';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobFormValues } from '../job-form';

/**
 * The fair-hiring flags of the posting in the editor, each with the words that raised it (issue 10). While the
 * posting can be edited, the screen runs on the text as the employer types (screenPostingDraft: the same call on the
 * same fields as the API's save, occupation, kind and education included); once it is submitted (`saved`), the flags the API stored, which the officer sees.
 * Nothing when clean.
 */
export function ScreeningPreview({ saved }: { saved?: { code: string; evidence: string }[] | null }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<JobFormValues>();
  const title = useDeferredValue(Form.useWatch('title', form) ?? '');
  const description = useDeferredValue(Form.useWatch('description', form) ?? '');
  const note = useDeferredValue(Form.useWatch(['truthCard', 'note'], form) ?? '');
  const certificates = useDeferredValue(Form.useWatch('certificates', form));
  const occupation = useDeferredValue(Form.useWatch('occupation', form) ?? '');
  const kind = useDeferredValue(Form.useWatch('kind', form) ?? null);
  const education = useDeferredValue(Form.useWatch('education', form) ?? null);
  const live = useMemo(
    () =>
      screenPostingDraft({
        title,
        description,
        truthCardNote: note,
        certificateNames: (certificates ?? []).map((c) => c?.name),
        occupation,
        jobKind: kind,
        education,
      }),
    [title, description, note, certificates, occupation, kind, education],
  );
  const flags: { code: string; evidence: string }[] = saved ?? live;
  if (!flags.length) return null;
  const labelOf = (code: string) => {
    const key = `bureau.screeningFlags.${code}`;
    return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
  };
  return (
    <Alert
      type="warning"
      showIcon
      title={
        saved
          ? t('employer.editor.screening.savedTitle', { count: flags.length })
          : t('employer.editor.screening.title', { count: flags.length })
      }
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
          <Typography.Text type="secondary">
            {saved ? t('employer.editor.screening.savedHint') : t('employer.editor.screening.hint')}
          </Typography.Text>
        </>
      }
      data-testid="job-editor-screening"
      data-source={saved ? 'saved' : 'live'}
      data-count={flags.length}
    />
  );
}
