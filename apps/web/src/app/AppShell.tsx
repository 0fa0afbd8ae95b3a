import { Grid, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { MobileNav } from './MobileNav';
import { TopNav } from './TopNav';
import { UserMenu } from './UserMenu';

/** Header (logo, links by role, user menu), the page, a footer. Below `md` the links move into a drawer. */
export function AppShell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/" className="app-logo" data-testid="app-logo">
          <span className="app-logo-mark">就</span>
          <span className="app-logo-text">{compact ? t('app.name') : t('app.fullName')}</span>
        </Link>
        {compact ? <MobileNav /> : <TopNav />}
        {compact ? null : <UserMenu />}
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
