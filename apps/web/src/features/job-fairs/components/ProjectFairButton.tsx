import { useMutation } from '@apollo/client/react';
import { App, Button, DatePicker, Form, Modal, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { CREATE_FAIR_FOR_PROJECT } from '../job-fairs.graphql';

/**
 * For officers on a major project whose local hiring is at risk or in breach: a targeted fair in one step (the
 * project's jobs in one booth, local seekers who fit them invited), then its dashboard.
 */
export function ProjectFairButton({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useGraphQLErrorHandler();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ days: [Dayjs, Dayjs] }>();
  const [create, { loading }] = useMutation(CREATE_FAIR_FOR_PROJECT);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="project-fair-create">
        {t('fairs.project.create')}
      </Button>
      <Modal
        open={open}
        title={t('fairs.project.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={loading}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'project-fair-submit' } as ButtonProps}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={async ({ days }) => {
            try {
              const r = await create({
                variables: { input: { projectId, startDate: days[0].format('YYYY-MM-DD'), endDate: days[1].format('YYYY-MM-DD') } },
              });
              message.success(t('fairs.project.created'));
              void navigate(`/bureau/fairs/${r.data!.createFairForProject.id}`);
            } catch (e) {
              handleError(e, { form, fieldMap: { startDate: 'days', endDate: 'days' } });
            }
          }}
        >
          <Form.Item name="days" label={t('fairs.admin.days')} rules={[{ required: true }]} extra={t('fairs.project.hint')}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
