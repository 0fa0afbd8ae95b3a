import { UnemploymentRegistrationStatus } from '@jobbridge/contracts';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useAuth } from '../../auth';
import { RegistrationForm } from '../components/RegistrationForm';
import { RegistrationStatus } from '../components/RegistrationStatus';
import { MY_UNEMPLOYMENT_REGISTRATION_QUERY, UNEMPLOYMENT_PROFILE_QUERY } from '../employment-support.graphql';

/**
 * 失业登记 (`/me/unemployment`, seekers): the online registration form, or — once registered — the registration with
 * the help on offer. A person whose registration closed (employed) can register again when out of work.
 */
export function UnemploymentRegistrationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [again, setAgain] = useState(false);
  const hasProfile = !!user?.hasJobSeekerProfile;
  const registration = useQuery(MY_UNEMPLOYMENT_REGISTRATION_QUERY, { fetchPolicy: 'cache-and-network', skip: !hasProfile });
  const profile = useQuery(UNEMPLOYMENT_PROFILE_QUERY, { fetchPolicy: 'cache-and-network', skip: !hasProfile });

  const body = () => {
    if (!hasProfile) {
      return (
        <Alert
          type="info"
          showIcon
          title={t('employmentSupport.register.profileRequired')}
          action={
            <Link to="/me/profile">
              <Button size="small">{t('employmentSupport.register.goProfile')}</Button>
            </Link>
          }
          data-testid="unemployment-profile-required"
        />
      );
    }
    if (registration.error && !registration.data)
      return <QueryErrorResult error={registration.error} onRetry={() => void registration.refetch()} />;
    if (!registration.data || !profile.data) return <PageLoading />;
    const r = registration.data.myUnemploymentRegistration;
    if (r && (r.status === UnemploymentRegistrationStatus.ACTIVE || !again)) {
      return <RegistrationStatus registration={r} onRegisterAgain={() => setAgain(true)} />;
    }
    const p = profile.data.myJobSeekerProfile;
    return (
      <RegistrationForm
        fullName={p?.fullName ?? user?.displayName ?? ''}
        profileIdNumberMasked={p?.idNumberMasked ?? null}
        residenceRegionCode={p?.residenceRegion?.code ?? null}
        onRegistered={() => {
          setAgain(false);
          void message.success(t('employmentSupport.register.submitted'));
        }}
      />
    );
  };

  return (
    <div className="page page-narrow" data-testid="unemployment-page">
      <PageHeader title={t('employmentSupport.register.title')} subtitle={t('employmentSupport.register.intro')} />
      {body()}
    </div>
  );
}
