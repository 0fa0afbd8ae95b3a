import { useMutation, useQuery } from '@apollo/client/react';
import { TeamRole } from '@jobbridge/contracts';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { MOBILE_PHONE } from '../../../shared/forms/rules';
import { formatDate } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { INVITE_MEMBER, REMOVE_MEMBER, TEAM_QUERY } from '../job-fairs.graphql';

/** 招聘团队 (`/employer/team`): the owner invites colleagues by phone as recruiters and removes them. */
export function TeamPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<{ phone: string }>();
  const { data, refetch } = useQuery(TEAM_QUERY, { fetchPolicy: 'cache-and-network' });
  const [invite, { loading }] = useMutation(INVITE_MEMBER);
  const [remove] = useMutation(REMOVE_MEMBER);
  const members = data?.teamMembers ?? [];
  const owner = members.some((m) => m.role === TeamRole.OWNER && m.userId === user?.id);

  return (
    <div className="page">
      <PageHeader title={t('fairs.team.title')} subtitle={t('fairs.team.intro')} />
      {owner ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            onFinish={async ({ phone }) => {
              try {
                await invite({ variables: { phone } });
                message.success(t('fairs.team.invited'));
                form.resetFields();
                await refetch();
              } catch (e) {
                handleError(e, { form });
              }
            }}
          >
            <Form.Item
              name="phone"
              label={t('fairs.team.phone')}
              rules={[{ required: true }, { pattern: MOBILE_PHONE, message: t('auth.phoneInvalid') }]}
            >
              <Input maxLength={11} data-testid="team-invite-phone" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="team-invite-submit">
              {t('fairs.team.invite')}
            </Button>
          </Form>
        </Card>
      ) : data ? (
        <Alert type="info" showIcon message={t('fairs.team.ownerOnly')} style={{ marginBottom: 16 }} />
      ) : null}
      <Table
        rowKey="id"
        dataSource={members}
        pagination={false}
        data-testid="team-members"
        columns={[
          { title: t('fairs.team.phone'), dataIndex: 'phone' },
          { title: '', dataIndex: 'displayName', render: (v: string | null) => v ?? <Tag>{t('fairs.team.pending')}</Tag> },
          {
            title: '',
            dataIndex: 'role',
            render: (r: TeamRole) => <Tag color={r === TeamRole.OWNER ? 'gold' : 'blue'}>{t(`fairs.teamRole.${r}`)}</Tag>,
          },
          { title: '', dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
          {
            title: '',
            render: (_, m) =>
              owner && m.role !== TeamRole.OWNER ? (
                <Popconfirm
                  title={t('fairs.team.removeConfirm')}
                  onConfirm={() =>
                    void remove({ variables: { id: m.id } }).then(
                      () => refetch(),
                      (e) => handleError(e),
                    )
                  }
                >
                  <Button size="small" danger data-testid="team-remove">
                    {t('fairs.team.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
