import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';

const TABS = [
  { key: 'review', path: '/bureau/gigs' },
  { key: 'alerts', path: '/bureau/gigs/alerts' },
  { key: 'stations', path: '/bureau/gigs/stations' },
] as const;

/** 零工监管's header: the three officer pages (审核, 欠薪预警, 驿站) as tabs, each its own address. */
export function GigOversightTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = [...TABS].reverse().find((tab) => pathname.startsWith(tab.path))?.key ?? 'review';
  return (
    <>
      <PageHeader title={t('gigs.oversight.title')} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(TABS.find((tab) => tab.key === key)?.path ?? '/bureau/gigs')}
        items={TABS.map((tab) => ({
          key: tab.key,
          label: <span data-testid={`gig-oversight-tab-${tab.key}`}>{t(`gigs.oversight.tabs.${tab.key}`)}</span>,
        }))}
      />
    </>
  );
}
