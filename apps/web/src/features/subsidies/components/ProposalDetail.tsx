import { Col, Flex, Row, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/utils/format';
import type { QueueProposalData } from '../subsidies.graphql';
import { CitationBlock } from './CitationBlock';
import { ConditionList } from './ConditionList';

/**
 * A proposal opened in the officer's queue: the record it rests on, each condition (met / 待核), the items the
 * officer may ask for, what was asked and answered, the citation, and every step taken with the pack it was taken
 * under.
 */
export function ProposalDetail({ proposal }: { proposal: QueueProposalData }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 12]} data-testid="proposal-detail" data-proposal-id={proposal.id}>
      <Col xs={24} md={14}>
        <Flex vertical gap={8}>
          <div>
            <Typography.Text type="secondary">{t('subsidies.queue.detail.evidence')}：</Typography.Text>
            <Typography.Text data-testid="proposal-evidence">{proposal.evidence.label}</Typography.Text>
            <Typography.Text type="secondary"> · {proposal.eventDate}</Typography.Text>
          </div>
          <div>
            <Typography.Text type="secondary">{t('subsidies.queue.detail.conditions')}</Typography.Text>
            <ConditionList conditions={proposal.conditions} />
          </div>
          <div data-testid="proposal-missing">
            <Typography.Text type="secondary">{t('subsidies.queue.detail.missing')}：</Typography.Text>
            {proposal.missing.length ? (
              <Typography.Text type="warning">{proposal.missing.join('、')}</Typography.Text>
            ) : (
              <Typography.Text>{t('subsidies.queue.detail.noMissing')}</Typography.Text>
            )}
          </div>
          {proposal.requestedItem ? (
            <Typography.Text>{t('subsidies.queue.detail.requested', { item: proposal.requestedItem })}</Typography.Text>
          ) : null}
          {proposal.supplied ? (
            <Typography.Text strong data-testid="proposal-supplied">
              {t('subsidies.queue.detail.supplied', { text: proposal.supplied })}
            </Typography.Text>
          ) : null}
          {proposal.decisionReason ? (
            <Typography.Text>{t('subsidies.queue.detail.decision', { reason: proposal.decisionReason })}</Typography.Text>
          ) : null}
          <CitationBlock citation={proposal.citation} packId={proposal.packId} />
        </Flex>
      </Col>
      <Col xs={24} md={10}>
        <Typography.Text type="secondary">{t('subsidies.queue.detail.audit')}</Typography.Text>
        <Timeline
          style={{ marginTop: 8 }}
          data-testid="proposal-audit"
          items={proposal.audit.map((a) => ({
            key: a.id,
            content: (
              <div data-testid="proposal-audit-entry" data-action={a.action}>
                <Typography.Text strong>{t(`subsidies.queue.auditAction.${a.action}`, { defaultValue: a.action })}</Typography.Text>
                <Typography.Text> · {a.actorName}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(a.at)} · {t('subsidies.queue.detail.pack', { packId: a.packId })}
                  </Typography.Text>
                </div>
                {a.note ? <Typography.Text style={{ overflowWrap: 'anywhere' }}>{a.note}</Typography.Text> : null}
              </div>
            ),
          }))}
        />
      </Col>
    </Row>
  );
}
