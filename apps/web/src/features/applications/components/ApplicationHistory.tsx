import { ApplicationStatus } from '@jobbridge/contracts';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime } from '../../../shared/utils/format';
import type { ApplicationEvent } from '../applications.graphql';

const COLORS: Partial<Record<ApplicationStatus, string>> = {
  [ApplicationStatus.HIRED]: 'green',
  [ApplicationStatus.OFFER]: 'green',
  [ApplicationStatus.REJECTED]: 'red',
  [ApplicationStatus.WITHDRAWN]: 'gray',
};

/** The status history of one application, oldest first: who moved it, when, and their note. */
export function ApplicationHistory({ history }: { history: ApplicationEvent[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const events = [...history].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <Timeline
      className="application-history"
      data-testid="application-history"
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.toStatus] ?? 'blue',
        content: (
          <div data-testid="application-history-item" data-status={e.toStatus}>
            <Typography.Text strong>
              {e.fromStatus
                ? t('applications.statusChange', {
                    from: label('applicationStatus', e.fromStatus),
                    to: label('applicationStatus', e.toStatus),
                  })
                : t('applications.historyCreated')}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(e.createdAt)} · {t('applications.historyEntry', { actor: e.actorName, role: label('role', e.actorRole) })}
              </Typography.Text>
            </div>
            {e.note ? <Typography.Paragraph className="pre-wrap history-note">{e.note}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
