import { Menu } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../features/auth';
import { NavLabel } from './NavLabel';
import { activeNavPath, navItemsFor } from './nav-items';

export function TopNav() {
  const { role } = useAuth();
  const { pathname } = useLocation();
  const items = navItemsFor(role);
  const active = activeNavPath(items, pathname);

  return (
    <Menu
      mode="horizontal"
      className="app-nav"
      selectedKeys={active ? [active] : []}
      data-testid="app-nav"
      items={items.map((item) => ({
        key: item.path,
        label: (
          <Link to={item.path} data-testid={item.testId}>
            <NavLabel item={item} />
          </Link>
        ),
      }))}
    />
  );
}
