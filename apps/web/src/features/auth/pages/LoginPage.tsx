import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@jobbridge/contracts';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { LOGIN_MUTATION } from '../auth.graphql';
import { useAuth } from '../auth-context';
import { homeFor, safeRedirect } from '../redirects';

interface LoginValues {
  login: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, user } = useAuth();
  const handleError = useGraphQLErrorHandler();
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const redirect = safeRedirect(params.get('redirect'));
  if (user && !loading) return <Navigate to={redirect ?? homeFor(user)} replace />;

  const onFinish = async (values: LoginValues) => {
    try {
      const { data } = await login({ variables: { input: { login: values.login.trim(), password: values.password } } });
      if (!data) return;
      await signIn(data.login);
      navigate(redirect ?? homeFor(data.login.user), { replace: true });
    } catch (error) {
      handleError(error, {
        form,
        redirectOnUnauthenticated: false,
        onCode: {
          [ErrorCode.INVALID_CREDENTIALS]: () => {
            form.setFields([{ name: 'password', errors: [t('errors.INVALID_CREDENTIALS')] }]);
            return true;
          },
        },
      });
    }
  };

  return (
    <div className="auth-page">
      <Card title={t('auth.loginTitle')} className="auth-card">
        <Form<LoginValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form">
          <Form.Item
            name="login"
            label={t('auth.loginField')}
            rules={[{ required: true, whitespace: true, message: t('auth.required', { field: t('auth.loginField') }) }]}
          >
            <Input
              prefix={<UserOutlined />}
              placeholder={t('auth.loginPlaceholder')}
              autoComplete="username"
              size="large"
              data-testid="login-input"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.required', { field: t('auth.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading} data-testid="login-submit">
            {t('auth.loginButton')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.noAccount')}
          <Link to={`/register${redirect ? `?redirect=${encodeURIComponent(redirect)}` : ''}`} data-testid="go-register">
            {t('auth.goRegister')}
          </Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
