import { useMutation } from '@apollo/client/react';
import { BreachRule, ProjectKind } from '@jobbridge/contracts';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, type ButtonProps } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { BREACH_RULES, LOCAL_SCOPES, PROJECT_KINDS } from '../../../shared/enums/enum-values';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { thresholdPercent } from '../local-hiring';
import {
  EMPTY_PROJECT,
  PROJECT_FIELD_MAP,
  toProjectFormValues,
  toProjectInput,
  type EditableProject,
  type ProjectFormValues,
} from '../project-form';
import { CREATE_PROJECT_MUTATION, UPDATE_PROJECT_MUTATION, type SavedProject } from '../projects.graphql';
import { OwnerEmployerSelect } from './OwnerEmployerSelect';

const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * Create or edit a project. Officers also choose the owner and may set the policy fields (threshold, breach rule,
 * local scope); employers register their own projects, which take the policy pack's values.
 */
export function ProjectFormModal({
  open,
  officer,
  project,
  owner,
  onClose,
  onSaved,
}: {
  open: boolean;
  officer: boolean;
  /** Editing this project; creating when absent. */
  project?: EditableProject | null;
  /** The project's owner (editing), shown in the owner select. */
  owner?: { id: string; name: string; creditCode: string };
  onClose: () => void;
  onSaved: (project: SavedProject) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProjectFormValues>();
  const handleError = useGraphQLErrorHandler();
  const breachRuleOptions = useEnumOptions('breachRule', BREACH_RULES);
  const [createProject, createState] = useMutation(CREATE_PROJECT_MUTATION, { refetchQueries: ['Projects', 'ProjectOptions'] });
  const [updateProject, updateState] = useMutation(UPDATE_PROJECT_MUTATION, { refetchQueries: ['Projects', 'ProjectDetail'] });
  const kind = Form.useWatch('kind', form);
  const required = (field: string) => ({ required: true, message: t('auth.required', { field }) });
  const select = (field: string) => ({ required: true, message: t('auth.select', { field }) });

  // Filled when the dialog opens, from the project as it is then: a live push changing its figures meanwhile must not
  // reset what is being typed.
  const projectRef = useRef(project);
  useLayoutEffect(() => {
    projectRef.current = project;
  });
  useEffect(() => {
    if (!open) return;
    const current = projectRef.current;
    form.resetFields();
    form.setFieldsValue(current ? toProjectFormValues(current) : { ...EMPTY_PROJECT, breachRule: officer ? BreachRule.WARN : undefined });
  }, [open, officer, form]);

  const onFinish = async (values: ProjectFormValues) => {
    try {
      const input = toProjectInput(values, officer);
      const saved = project
        ? (await updateProject({ variables: { id: project.id, input } })).data?.updateProject
        : (await createProject({ variables: { input } })).data?.createProject;
      if (saved) onSaved(saved);
    } catch (e) {
      handleError(e, { form, fieldMap: PROJECT_FIELD_MAP });
    }
  };

  const title = project ? t('projects.form.editTitle') : officer ? t('projects.form.createTitle') : t('projects.form.registerTitle');

  return (
    <Modal
      open={open}
      title={title}
      width={760}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createState.loading || updateState.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'project-form-submit' } as ButtonProps}
      forceRender
    >
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        scrollToFirstError
        data-testid="project-form"
      >
        {officer ? (
          <Form.Item
            name="employerId"
            label={t('projects.form.owner')}
            extra={t('projects.form.ownerHint')}
            rules={[{ required: true, message: t('projects.form.ownerRequired') }]}
          >
            <OwnerEmployerSelect initial={owner} data-testid="project-form-owner" />
          </Form.Item>
        ) : (
          <Alert type="info" showIcon title={t('projects.form.policyNote')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          name="name"
          label={t('projects.form.name')}
          rules={[
            { ...required(t('projects.form.name')), whitespace: true },
            { min: 2, max: 100, message: t('projects.form.nameLength') },
          ]}
        >
          <Input maxLength={100} placeholder={t('projects.form.namePlaceholder')} data-testid="project-form-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="region" label={t('projects.form.region')} rules={[select(t('projects.form.region'))]}>
              <RegionCascader data-testid="project-form-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('projects.form.kind')} rules={[select(t('projects.form.kind'))]}>
              <EnumSelect group="projectKind" values={PROJECT_KINDS} data-testid="project-form-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="plannedWorkforce"
              label={t('projects.form.plannedWorkforce')}
              rules={[required(t('projects.form.plannedWorkforce'))]}
            >
              <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="project-form-planned" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="startDate" label={t('projects.form.startDate')} rules={[select(t('projects.form.startDate'))]}>
              <DatePicker style={{ width: '100%' }} data-testid="project-form-start" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="endDate"
              label={t('projects.form.endDate')}
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: ProjectFormValues['endDate']) => {
                    const start = getFieldValue('startDate') as ProjectFormValues['startDate'];
                    return !value || !start || !value.isBefore(start, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('projects.form.endBeforeStart')));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="project-form-end" />
            </Form.Item>
          </Col>
          {kind === ProjectKind.WORK_RELIEF ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="investment"
                label={t('projects.form.investment')}
                extra={t('projects.form.investmentHint')}
                rules={[required(t('projects.form.investment')), { pattern: YUAN, message: t('projects.form.investmentInvalid') }]}
              >
                <Input inputMode="decimal" maxLength={16} data-testid="project-form-investment" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="localFirstDays" label={t('projects.form.localFirstDays')} extra={t('projects.form.localFirstDaysHint')}>
              <InputNumber min={1} max={90} precision={0} style={{ width: '100%' }} data-testid="project-form-local-first-days" />
            </Form.Item>
          </Col>
        </Row>
        {officer ? (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="thresholdPercent"
                label={t('projects.form.threshold')}
                extra={
                  project
                    ? t('projects.form.thresholdCurrent', {
                        percent: thresholdPercent(project.localHiring.threshold),
                        source: project.thresholdSource,
                      })
                    : undefined
                }
              >
                <InputNumber
                  min={0}
                  max={99.9}
                  step={1}
                  precision={1}
                  suffix="%"
                  placeholder={t('projects.form.thresholdPlaceholder')}
                  style={{ width: '100%' }}
                  data-testid="project-form-threshold"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="localScope" label={t('projects.form.localScope')} extra={t('projects.form.localScopeHint')}>
                <EnumSelect group="localScope" values={LOCAL_SCOPES} allowClear data-testid="project-form-local-scope" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="breachRule" label={t('projects.form.breachRule')}>
                <Radio.Group data-testid="project-form-breach-rule">
                  {breachRuleOptions.map((o) => (
                    <Radio key={o.value} value={o.value} data-testid={`project-form-breach-rule-${o.value}`}>
                      {o.label}
                    </Radio>
                  ))}
                </Radio.Group>
              </Form.Item>
            </Col>
          </Row>
        ) : null}
      </Form>
    </Modal>
  );
}
