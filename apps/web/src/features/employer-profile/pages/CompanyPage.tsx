import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { blankToNull } from '../../../shared/utils/format';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { CompanyForm, type CompanyFormValues } from '../components/CompanyForm';
import { VerificationPanel } from '../components/VerificationPanel';
import { MY_EMPLOYER_QUERY, SAVE_EMPLOYER_MUTATION, type MyEmployerData } from '../employer-profile.graphql';

const toFormValues = (e: MyEmployerData): CompanyFormValues => ({
  name: e.name,
  creditCode: e.creditCode,
  region: regionPath(e.region.code),
  industry: e.industry,
  size: e.size,
  contactName: e.contactName,
  contactPhone: e.contactPhone ?? '',
  description: e.description ?? '',
});

export function CompanyPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<CompanyFormValues>();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const { data, loading, error, refetch } = useQuery(MY_EMPLOYER_QUERY, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(SAVE_EMPLOYER_MUTATION, {
    refetchQueries: ['Me'],
    // The first save creates the company: point the `myEmployer` root field (cached as null) at it.
    update: (cache, { data }) => data && cache.writeQuery({ query: MY_EMPLOYER_QUERY, data: { myEmployer: data.saveEmployerProfile } }),
  });
  const employer = data?.myEmployer ?? null;

  const version = employer ? `${employer.id}:${employer.verificationStatus}:${employer.name}` : null;
  useEffect(() => {
    if (employer) form.setFieldsValue(toFormValues(employer));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, form]);

  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;

  const onFinish = async (values: CompanyFormValues) => {
    try {
      await save({
        variables: {
          input: {
            name: values.name.trim(),
            creditCode: values.creditCode.trim(),
            regionCode: lastCode(values.region) ?? '',
            industry: values.industry.trim(),
            size: values.size!,
            contactName: values.contactName.trim(),
            contactPhone: values.contactPhone.trim(),
            description: blankToNull(values.description),
          },
        },
      });
      void message.success(t('employer.company.saved'));
    } catch (e) {
      handleError(e, { form, fieldMap: { regionCode: 'region' } });
    }
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('employer.company.title')} subtitle={t('employer.company.intro')} />
      <VerificationPanel employer={employer} />
      <Card>
        <CompanyForm form={form} onFinish={(v) => void onFinish(v)} saving={saving} />
      </Card>
    </div>
  );
}
