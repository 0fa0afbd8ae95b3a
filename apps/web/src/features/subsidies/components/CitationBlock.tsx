import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Citation {
  doc: string;
  clause: string;
  quote: string;
}

/**
 * Where a rule comes from, in a muted block: the document (its title where known, else its number), the clause and
 * the quoted sentence; with `packId`, a link to the policy page.
 */
export function CitationBlock({ citation, document, packId }: { citation: Citation; document?: string; packId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="subsidy-citation" data-testid="subsidy-citation" style={CITATION_STYLE}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('subsidies.citation.title')}：{document ?? t('subsidies.citation.doc', { doc: citation.doc })} ·{' '}
        {t('subsidies.citation.clause', { clause: citation.clause })}
        {packId ? (
          <>
            {' '}
            · <Link to={`/policies/${encodeURIComponent(packId)}`}>{t('subsidies.citation.viewPolicy')}</Link>
          </>
        ) : null}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }} data-testid="subsidy-citation-quote">
        “{citation.quote}”
      </Typography.Paragraph>
    </div>
  );
}

const CITATION_STYLE = {
  background: 'rgba(0, 0, 0, 0.03)',
  borderLeft: '3px solid rgba(0, 0, 0, 0.15)',
  borderRadius: 4,
  padding: '6px 10px',
  overflowWrap: 'anywhere',
} as const;
