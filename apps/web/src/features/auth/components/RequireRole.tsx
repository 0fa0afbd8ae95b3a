import type { Role } from '@jobbridge/contracts';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { PageLoading } from '../../../shared/components/PageLoading';
import { useAuth } from '../auth-context';
import { loginPath } from '../redirects';

/** Route guard: signed-out users go to /login and come back; other roles see a 403. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  const label = useEnumLabel();

  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  if (!roles.includes(user.role)) {
    return <Result status="403" title={t('auth.forbiddenTitle')} subTitle={t('auth.forbiddenText', { role: label('role', user.role) })} />;
  }
  return <>{children}</>;
}
