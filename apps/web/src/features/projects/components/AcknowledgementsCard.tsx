import { Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime, formatRatio } from '../../../shared/utils/format';
import type { ProjectAcknowledgement } from '../projects.graphql';

/** Changes made under WARN although they breached: who, when, what, the figures before → after, and why. */
export function AcknowledgementsCard({ acknowledgements }: { acknowledgements: ProjectAcknowledgement[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card size="small" title={t('projects.acknowledgements.title')} data-testid="acknowledgements">
      <Typography.Paragraph type="secondary">{t('projects.acknowledgements.hint')}</Typography.Paragraph>
      <Table<ProjectAcknowledgement>
        size="small"
        rowKey="id"
        dataSource={acknowledgements}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('projects.acknowledgements.empty') }}
        onRow={(a) => ({ 'data-testid': 'acknowledgement', 'data-change': a.change }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'time', title: t('projects.acknowledgements.time'), render: (_, a) => formatDateTime(a.createdAt) },
          {
            key: 'actor',
            title: t('projects.acknowledgements.actor'),
            render: (_, a) => `${a.actorName}（${label('role', a.actorRole)}）`,
          },
          {
            key: 'change',
            title: t('projects.acknowledgements.change'),
            render: (_, a) => `${label('rosterChange', a.change)} ${t('projects.acknowledgements.workers', { count: a.workerCount })}`,
          },
          {
            key: 'figures',
            title: t('projects.acknowledgements.figures'),
            render: (_, a) =>
              t('projects.acknowledgements.figuresValue', { before: formatRatio(a.before.ratio), after: formatRatio(a.after.ratio) }),
          },
          {
            key: 'reason',
            title: t('projects.acknowledgements.reason'),
            render: (_, a) => (
              <span className="pre-wrap" data-testid="acknowledgement-reason">
                {a.reason}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
