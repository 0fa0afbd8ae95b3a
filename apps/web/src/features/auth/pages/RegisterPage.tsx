import { useMutation } from '@apollo/client/react';
import { ErrorCode, Role } from '@jobbridge/contracts';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { REGISTER_MUTATION } from '../auth.graphql';
import { useAuth } from '../auth-context';
import { RoleChooser } from '../components/RoleChooser';
import { homeFor, safeRedirect } from '../redirects';
import { MOBILE_PHONE, passwordsMatch } from '../../../shared/forms/rules';

type AccountType = 'phone' | 'email';
type RegisterRole = Role.JOB_SEEKER | Role.EMPLOYER;

interface RegisterValues {
  role: RegisterRole;
  accountType: AccountType;
  phone?: string;
  email?: string;
  displayName: string;
  password: string;
  confirmPassword: string;
}

const MIN_PASSWORD = 8;

export function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const handleError = useGraphQLErrorHandler();
  const [register, { loading }] = useMutation(REGISTER_MUTATION);
  const accountType = Form.useWatch('accountType', form) ?? 'phone';
  const role = Form.useWatch('role', form) ?? Role.JOB_SEEKER;
  const redirect = safeRedirect(params.get('redirect'));

  const onFinish = async (values: RegisterValues) => {
    try {
      const { data } = await register({
        variables: {
          input: {
            role: values.role,
            displayName: values.displayName.trim(),
            password: values.password,
            ...(values.accountType === 'phone' ? { phone: values.phone?.trim() } : { email: values.email?.trim() }),
          },
        },
      });
      if (!data) return;
      await signIn(data.register);
      navigate(redirect ?? homeFor(data.register.user), { replace: true });
    } catch (error) {
      handleError(error, {
        form,
        redirectOnUnauthenticated: false,
        onCode: {
          [ErrorCode.ACCOUNT_EXISTS]: () => {
            form.setFields([{ name: values.accountType, errors: [t('errors.ACCOUNT_EXISTS')] }]);
            return true;
          },
        },
      });
    }
  };

  return (
    <div className="auth-page">
      <Card title={t('auth.registerTitle')} className="auth-card">
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          initialValues={{ role: Role.JOB_SEEKER, accountType: 'phone' }}
          data-testid="register-form"
        >
          <Form.Item name="role" label={t('auth.roleLabel')}>
            <RoleChooser />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={role === Role.EMPLOYER ? t('auth.displayNameEmployer') : t('auth.displayNameSeeker')}
            rules={[{ required: true, whitespace: true, max: 60, message: t('auth.required', { field: t('auth.displayName') }) }]}
          >
            <Input size="large" autoComplete="name" data-testid="register-display-name" />
          </Form.Item>
          <Form.Item name="accountType" label={t('auth.accountType')}>
            <Radio.Group optionType="button" buttonStyle="solid" data-testid="register-account-type">
              <Radio.Button value="phone" data-testid="register-account-type-phone">
                {t('auth.byPhone')}
              </Radio.Button>
              <Radio.Button value="email" data-testid="register-account-type-email">
                {t('auth.byEmail')}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
          {accountType === 'phone' ? (
            <Form.Item
              name="phone"
              label={t('auth.phone')}
              rules={[
                { required: true, message: t('auth.required', { field: t('auth.phone') }) },
                { pattern: MOBILE_PHONE, message: t('auth.phoneInvalid') },
              ]}
            >
              <Input
                size="large"
                inputMode="tel"
                autoComplete="tel"
                maxLength={11}
                placeholder={t('auth.phonePlaceholder')}
                data-testid="register-phone"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="email"
              label={t('auth.email')}
              rules={[
                { required: true, message: t('auth.required', { field: t('auth.email') }) },
                { type: 'email', message: t('auth.emailInvalid') },
              ]}
            >
              <Input
                size="large"
                inputMode="email"
                autoComplete="email"
                placeholder={t('auth.emailPlaceholder')}
                data-testid="register-email"
              />
            </Form.Item>
          )}
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[
              { required: true, message: t('auth.required', { field: t('auth.password') }) },
              { min: MIN_PASSWORD, message: t('auth.passwordTooShort') },
            ]}
          >
            <Input.Password
              size="large"
              autoComplete="new-password"
              placeholder={t('auth.passwordPlaceholder')}
              data-testid="register-password"
            />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('auth.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('auth.required', { field: t('auth.confirmPassword') }) },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  passwordsMatch(getFieldValue('password'), value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password size="large" autoComplete="new-password" data-testid="register-confirm-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading} data-testid="register-submit">
            {t('auth.registerButton')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.haveAccount')}
          <Link to={`/login${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`} data-testid="go-login">
            {t('auth.goLogin')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
