import { useMutation } from '@apollo/client/react';
import { normalizeIdNumber, validateIdNumber } from '@jobbridge/domain';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { GIG_POSTER_CONTEXT_QUERY, REGISTER_GIG_POSTER_MUTATION } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';

interface Values {
  realName: string;
  idNumber: string;
  region?: string[];
}

/**
 * 个人雇主实名登记: a seeker who wants to post a gig (a harvest, a move) gives their real name, identity number (checked
 * here by the same rule as the API: check digit, a real birth date) and county first.
 */
export function PosterRegistrationForm({
  fullName,
  regionCode,
  onRegistered,
}: {
  fullName?: string | null;
  regionCode?: string | null;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<Values>();
  const [register, { loading }] = useMutation(REGISTER_GIG_POSTER_MUTATION, { refetchQueries: [GIG_POSTER_CONTEXT_QUERY] });

  const submit = async (v: Values) => {
    try {
      await register({
        variables: {
          input: { realName: v.realName.trim(), idNumber: normalizeIdNumber(v.idNumber), regionCode: lastCode(v.region) ?? '' },
        },
      });
      void message.success(t('gigs.register.done'));
      onRegistered();
    } catch (e) {
      handleError(e, { form, fieldMap: { regionCode: 'region' } });
    }
  };

  return (
    <Card title={t('gigs.register.title')} data-testid="gig-poster-register">
      <Typography.Paragraph type="secondary">{t('gigs.register.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ realName: fullName ?? '', idNumber: '', region: regionCode ? regionPath(regionCode) : undefined }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="realName" label={t('gigs.register.realName')} rules={[{ required: true, whitespace: true, min: 2, max: 40 }]}>
          <Input maxLength={40} autoComplete="name" data-testid="gig-poster-name" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('gigs.register.idNumber')}
          rules={[
            {
              validator: async (_, value: string) => {
                if (!validateIdNumber(normalizeIdNumber(value ?? '')).ok) throw new Error(t('gigs.register.idNumberInvalid'));
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" data-testid="gig-poster-id-number" />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('gigs.register.region')}
          rules={[{ required: true, message: t('gigs.post.required', { field: t('gigs.register.region') }) }]}
        >
          <RegionCascader data-testid="gig-poster-region" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading} data-testid="gig-poster-submit">
          {t('gigs.register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
