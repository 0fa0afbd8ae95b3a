import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../features/auth';
import { useEnumLabel } from '../shared/enums/enum-labels';

/** Signed in: name, role and 退出登录. Signed out: 登录 / 注册 (登录 returns to the current page). */
export function UserMenu({ vertical = false }: { vertical?: boolean }) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();

  if (!user) {
    const onAuthPage = ['/login', '/register'].includes(location.pathname);
    const back = onAuthPage ? '' : `?redirect=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
    return (
      <Flex gap={8} vertical={vertical} className="user-menu">
        <Link to={`/login${back}`} data-testid="nav-login">
          <Button type="primary" block={vertical}>
            {t('nav.login')}
          </Button>
        </Link>
        <Link to={`/register${back}`} data-testid="nav-register">
          <Button block={vertical}>{t('nav.register')}</Button>
        </Link>
      </Flex>
    );
  }

  const logout = async () => {
    await signOut();
    void message.success(t('auth.loggedOut'));
    navigate('/', { replace: true });
  };

  const identity = (
    <Flex align="center" gap={8}>
      <Avatar size="small" icon={<UserOutlined />} />
      <span data-testid="user-display-name">{user.displayName}</span>
      <Typography.Text type="secondary" className="user-role">
        {label('role', user.role)}
      </Typography.Text>
    </Flex>
  );

  if (vertical) {
    return (
      <Flex vertical gap={12} className="user-menu">
        {identity}
        <Button icon={<LogoutOutlined />} onClick={logout} data-testid="logout-button" block>
          {t('nav.logout')}
        </Button>
      </Flex>
    );
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout-button">{t('nav.logout')}</span> }],
        onClick: ({ key }) => key === 'logout' && void logout(),
      }}
    >
      <Button type="text" className="user-menu" data-testid="user-menu">
        {identity}
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
