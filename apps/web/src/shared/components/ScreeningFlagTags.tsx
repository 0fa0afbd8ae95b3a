import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Fair-hiring screening flags as warning tags; the tooltip shows the text that raised each one, or with `showEvidence`
 * the tag says it too (an employer reading its own posting's flags: 限制性别 “限男性”).
 */
export function ScreeningFlagTags({
  flags,
  showEvidence = false,
}: {
  /** `screeningFlags { code evidence }` of a posting: a flag code and the text that raised it. */
  flags: { code: string; evidence: string }[];
  showEvidence?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!flags.length) return null;
  const labelOf = (code: string) => {
    const key = `bureau.screeningFlags.${code}`;
    return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
  };
  return (
    <Space size={4} wrap data-testid="screening-flags">
      {flags.map((flag, i) => (
        <Tooltip key={`${flag.code}-${i}`} title={t('bureau.flagEvidence', { evidence: flag.evidence })}>
          <Tag color="warning" icon={<WarningOutlined />} data-testid="screening-flag" data-code={flag.code}>
            {labelOf(flag.code)}
            {showEvidence ? <span data-testid="screening-flag-evidence">{` “${flag.evidence}”`}</span> : null}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
