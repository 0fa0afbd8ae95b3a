import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../features/auth';
import { NavLabel } from './NavLabel';
import { activeNavPath, navItemsFor } from './nav-items';
import { UserMenu } from './UserMenu';

/** Phones: a menu button opening a drawer with the role's links and the user actions. */
export function MobileNav() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const items = navItemsFor(role);
  const active = activeNavPath(items, pathname);

  return (
    <>
      <div style={{ flex: 1 }} />
      <Button
        type="text"
        icon={<MenuOutlined />}
        aria-label={t('nav.menu')}
        onClick={() => setOpen(true)}
        className="app-menu-button"
        data-testid="nav-menu-button"
      />
      <Drawer open={open} onClose={() => setOpen(false)} placement="right" size={280} title={t('app.fullName')}>
        <Menu
          mode="vertical"
          selectedKeys={active ? [active] : []}
          onClick={() => setOpen(false)}
          style={{ borderInlineEnd: 'none' }}
          items={items.map((item) => ({
            key: item.path,
            label: (
              <Link to={item.path} data-testid={item.testId}>
                <NavLabel item={item} />
              </Link>
            ),
          }))}
        />
        <div style={{ marginTop: 16 }} onClick={() => setOpen(false)}>
          <UserMenu vertical />
        </div>
      </Drawer>
    </>
  );
}
