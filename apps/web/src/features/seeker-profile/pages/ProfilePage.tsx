import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { safeRedirect, useAuth } from '../../auth';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { BasicInfoSection } from '../components/BasicInfoSection';
import { EducationSkillsSection } from '../components/EducationSkillsSection';
import { PriorityGroupsSection } from '../components/PriorityGroupsSection';
import { PrivacySection } from '../components/PrivacySection';
import { RegionsSection } from '../components/RegionsSection';
import { WishesSection } from '../components/WishesSection';
import { MY_PROFILE_QUERY, SAVE_PROFILE_MUTATION } from '../profile.graphql';
import { EMPTY_PROFILE, PROFILE_FIELD_MAP, toFormValues, toProfileInput, type ProfileFormValues } from '../profile-form';

export function ProfilePage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProfileFormValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user, refresh } = useAuth();
  const handleError = useGraphQLErrorHandler();
  const { data, loading, error, refetch } = useQuery(MY_PROFILE_QUERY, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(SAVE_PROFILE_MUTATION, {
    refetchQueries: ['Me'],
    // The first save creates the profile: point the `myJobSeekerProfile` root field (cached as null) at it.
    update: (cache, { data }) =>
      data && cache.writeQuery({ query: MY_PROFILE_QUERY, data: { myJobSeekerProfile: data.saveJobSeekerProfile } }),
  });
  const profile = data?.myJobSeekerProfile;

  // Refill the form when the saved profile changes (first load, after saving), not on every cache read.
  const version = profile?.updatedAt;
  useEffect(() => {
    if (version) form.setFieldsValue(toFormValues(profile));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, form]);

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;

  const onFinish = async (values: ProfileFormValues) => {
    try {
      await save({ variables: { input: toProfileInput(values, profile) } });
      form.setFieldValue('idNumber', '');
      void message.success(t('profile.saved'));
      if (!user?.hasJobSeekerProfile) await refresh();
      const redirect = safeRedirect(params.get('redirect'));
      if (redirect) navigate(redirect);
    } catch (e) {
      handleError(e, { form, fieldMap: PROFILE_FIELD_MAP });
    }
  };

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('profile.title')}
        subtitle={profile ? t('common.updatedAt', { time: formatDateTime(profile.updatedAt) }) : undefined}
      />
      <Alert type="info" showIcon title={t('profile.intro')} style={{ marginBottom: 16 }} />
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={profile ? toFormValues(profile) : { ...EMPTY_PROFILE, fullName: user?.displayName ?? '' }}
        onFinish={onFinish}
        scrollToFirstError
        data-testid="profile-form"
      >
        <Flex vertical gap={16}>
          <BasicInfoSection />
          <RegionsSection />
          <EducationSkillsSection />
          <WishesSection />
          <PriorityGroupsSection />
          <PrivacySection idNumberMasked={profile?.idNumberMasked ?? null} phoneMasked={profile?.phoneMasked ?? null} />
          <div className="form-actions">
            <Button type="primary" htmlType="submit" size="large" loading={saving} data-testid="profile-submit">
              {t('common.save')}
            </Button>
          </div>
        </Flex>
      </Form>
    </div>
  );
}
