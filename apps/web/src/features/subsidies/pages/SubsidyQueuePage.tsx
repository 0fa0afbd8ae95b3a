import { Form, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RegionCascader } from '../../../shared/regions';
import { lastCode } from '../../../shared/utils/region-path';
import { PaymentsPanel } from '../components/PaymentsPanel';
import { ProposalQueue } from '../components/ProposalQueue';

/**
 * 补贴审核 (`/bureau/subsidies`, officers): the subsidies the engine found in the officer's region (or a part of it),
 * to approve (one or a batch), reject with a reason or ask one item about; and 发放: approved ones paid in a batch, the
 * batches and their bank / finance files.
 */
export function SubsidyQueuePage() {
  const { t } = useTranslation();
  const [path, setPath] = useState<string[] | undefined>();
  const regionCode = lastCode(path) ?? null;

  return (
    <div className="page" data-testid="subsidy-queue-page">
      <PageHeader title={t('subsidies.queue.title')} subtitle={t('subsidies.queue.intro')} />
      <Form layout="vertical" style={{ maxWidth: 420 }}>
        <Form.Item label={t('subsidies.queue.region')} style={{ marginBottom: 8 }}>
          <RegionCascader
            anyLevel
            allowClear
            value={path}
            onChange={setPath}
            placeholder={t('subsidies.queue.regionPlaceholder')}
            data-testid="subsidy-region-filter"
          />
        </Form.Item>
      </Form>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'review',
            label: <span data-testid="subsidy-tab-review">{t('subsidies.queue.tabs.review')}</span>,
            children: <ProposalQueue regionCode={regionCode} />,
          },
          {
            key: 'payments',
            label: <span data-testid="subsidy-tab-payments">{t('subsidies.queue.tabs.payments')}</span>,
            children: <PaymentsPanel regionCode={regionCode} />,
          },
        ]}
      />
    </div>
  );
}
