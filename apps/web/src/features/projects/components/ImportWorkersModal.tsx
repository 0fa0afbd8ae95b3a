import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Modal, Table, Typography, Upload, type ButtonProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../../i18n/zh-CN';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { downloadTextFile, readTextFile } from '../../../shared/utils/csv';
import { formatRatio } from '../../../shared/utils/format';
import { IMPORT_PROJECT_WORKERS_MUTATION, type RosterRowError } from '../projects.graphql';
import { countCsvRows, ROSTER_CSV_COLUMNS, rosterCsvTemplate } from '../roster-csv';
import type { useLocalHiringGuard } from '../use-local-hiring-guard';

type ImportField = keyof Messages['projects']['import']['fields'];
const IMPORT_FIELDS: readonly string[] = [
  'fullName',
  'idNumber',
  'hukouRegionCode',
  'trade',
  'startDate',
  'endDate',
  'povertyAlleviated',
  'file',
] satisfies ImportField[];
/** The API names the row's field (RosterRowError.field); the table shows the column's name. */
const isImportField = (field: string): field is ImportField => IMPORT_FIELDS.includes(field);

/** 下载导入模板 */
export function RosterTemplateButton() {
  const { t } = useTranslation();
  return (
    <Button
      icon={<DownloadOutlined />}
      onClick={() => downloadTextFile(t('projects.roster.templateFileName'), rosterCsvTemplate())}
      data-testid="roster-template"
    >
      {t('projects.roster.template')}
    </Button>
  );
}

/**
 * 批量导入: a CSV read in the browser and sent as text. All or nothing: when any row is bad the API imports nothing
 * and answers every bad row (line, column, reason), shown here as a table; a file that would take the project below
 * its threshold goes through the acknowledgement dialog.
 */
export function ImportWorkersModal({
  projectId,
  open,
  guard,
  onClose,
  onImported,
}: {
  projectId: string;
  open: boolean;
  guard: ReturnType<typeof useLocalHiringGuard>['guard'];
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [file, setFile] = useState<{ name: string; text: string; rows: number } | null>(null);
  const [errors, setErrors] = useState<RosterRowError[]>([]);
  const [importRows, { loading }] = useMutation(IMPORT_PROJECT_WORKERS_MUTATION);

  const pick = async (picked: File) => {
    setErrors([]);
    try {
      const text = await readTextFile(picked);
      setFile({ name: picked.name, text, rows: countCsvRows(text) });
    } catch {
      setFile(null);
      void message.error(t('projects.import.readFailed'));
    }
  };

  const submit = async () => {
    if (!file) return;
    if (!file.rows) {
      void message.error(t('projects.import.emptyFile'));
      return;
    }
    try {
      const result = await guard((acknowledgement) => importRows({ variables: { input: { projectId, csv: file.text, acknowledgement } } }));
      const outcome = result?.data?.importProjectWorkers;
      if (!outcome) return;
      if (outcome.errors.length) {
        setErrors(outcome.errors);
        return;
      }
      void message.success(
        t('projects.import.imported', { count: outcome.imported, ratio: formatRatio(outcome.project.localHiring.ratio) }),
      );
      onImported();
    } catch (e) {
      handleError(e);
    }
  };

  const fieldLabel = (field: string) => (isImportField(field) ? t(`projects.import.fields.${field}`) : field);

  return (
    <Modal
      open={open}
      title={t('projects.import.title')}
      width={720}
      okText={t('projects.import.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      // Start clean the next time it opens.
      afterClose={() => {
        setFile(null);
        setErrors([]);
      }}
      okButtonProps={{ disabled: !file, 'data-testid': 'roster-import-submit' } as ButtonProps}
    >
      <Flex vertical gap={12} data-testid="roster-import">
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('projects.import.hint')}
          <Typography.Text code copyable>
            {ROSTER_CSV_COLUMNS.join(',')}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('projects.import.allOrNothing')}</Typography.Text>
        <Flex gap={8} wrap align="center">
          <span data-testid="roster-import-file">
            <Upload
              accept=".csv,text/csv"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(picked) => {
                void pick(picked);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('projects.import.pick')}</Button>
            </Upload>
          </span>
          <RosterTemplateButton />
          {file ? (
            <Typography.Text data-testid="roster-import-file-info" data-rows={file.rows}>
              {t('projects.import.fileInfo', { name: file.name, rows: file.rows })}
            </Typography.Text>
          ) : null}
        </Flex>
        {errors.length ? (
          <>
            <Alert
              type="error"
              showIcon
              title={t('projects.import.refused', { count: errors.length })}
              data-testid="roster-import-refused"
            />
            <Table<RosterRowError>
              size="small"
              rowKey={(e) => `${e.line}-${e.field}-${e.code}`}
              dataSource={errors}
              pagination={false}
              scroll={{ x: 'max-content', y: 280 }}
              data-testid="roster-import-errors"
              onRow={(e) =>
                ({
                  'data-testid': 'roster-import-error',
                  'data-line': e.line,
                  'data-field': e.field,
                  'data-code': e.code,
                }) as HTMLAttributes<HTMLElement>
              }
              columns={[
                { key: 'line', title: t('projects.import.line'), dataIndex: 'line', width: 72 },
                { key: 'field', title: t('projects.import.field'), render: (_, e) => fieldLabel(e.field), width: 120 },
                { key: 'reason', title: t('projects.import.reason'), dataIndex: 'message' },
              ]}
            />
          </>
        ) : null}
      </Flex>
    </Modal>
  );
}
