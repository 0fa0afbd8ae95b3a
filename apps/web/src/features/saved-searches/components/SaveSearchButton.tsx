import { BellOutlined } from '@ant-design/icons';
import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { JobSearchInput } from '../../../graphql/generated/graphql';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { hasCriteria, toSavedCriteria } from '../saved-search-criteria';
import { MY_SAVED_SEARCHES_QUERY, SAVE_SEARCH_MUTATION } from '../saved-searches.graphql';
import { useRegionName } from '../../../shared/regions';
import { CriteriaSummary } from './CriteriaSummary';

const NAME_MAX = 40;

/** "临夏县 电焊": the region and keyword of the search, cut to the API's 40 characters. */
function defaultName(criteria: JobSearchInput, regionName: string | undefined, fallback: string): string {
  const name = [criteria.regionCode ? (regionName ?? '') : '', criteria.keyword ?? ''].filter(Boolean).join(' ');
  return (name || fallback).slice(0, NAME_MAX);
}

/**
 * 保存搜索 on the job list: asks for a name (prefilled from region and keyword) and saves the filters of `input`
 * (the current searchJobs input) as a saved search; new matching postings then raise alerts on /me/subscriptions.
 * Test ids: save-search-button, save-search-form, save-search-name, save-search-summary, save-search-confirm,
 * save-search-saved (the confirmation), save-search-view.
 */
export function SaveSearchButton({ input }: { input: JobSearchInput }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useGraphQLErrorHandler();
  const client = useApolloClient();
  const [form] = Form.useForm<{ name: string }>();
  const [open, setOpen] = useState(false);
  const criteria = useMemo(() => toSavedCriteria(input), [input]);
  const regionName = useRegionName(criteria.regionCode);
  const [saveSearch, { loading }] = useMutation(SAVE_SEARCH_MUTATION, {
    update(cache, { data }) {
      const saved = data?.saveSearch;
      if (!saved) return;
      // Put it first in a list already loaded (the API lists newest first); without one the page fetches it.
      cache.modify({
        fields: {
          mySavedSearches(existing: readonly Reference[] = [], { toReference }) {
            const ref = toReference(saved);
            return ref ? [ref, ...existing.filter((r) => r.__ref !== ref.__ref)] : existing;
          },
        },
      });
    },
  });
  const empty = !hasCriteria(criteria);

  const openDialog = () => {
    form.resetFields();
    form.setFieldsValue({ name: defaultName(criteria, regionName, t('savedSearches.save.defaultName')) });
    setOpen(true);
  };

  const submit = async () => {
    const { name } = await form.validateFields();
    try {
      // The API keeps one search per criteria and answers a repeat with the one saved before: knowing which searches
      // existed before this save tells "saved" from "already saved", whatever the names.
      const before = await client.query({ query: MY_SAVED_SEARCHES_QUERY, fetchPolicy: 'network-only' }).then(
        ({ data: list }) => new Set(list?.mySavedSearches.map((s) => s.id)),
        () => new Set<string>(),
      );
      const { data } = await saveSearch({ variables: { input: { name: name.trim(), criteria } } });
      const alreadySaved = !!data && (before.has(data.saveSearch.id) || data.saveSearch.name !== name.trim());
      setOpen(false);
      void message.success({
        content: (
          <span data-testid="save-search-saved" data-already-saved={alreadySaved}>
            {alreadySaved && data
              ? t('savedSearches.save.alreadySaved', { name: data.saveSearch.name })
              : t('savedSearches.save.saved', { name: data?.saveSearch.name ?? name.trim() })}{' '}
            <Typography.Link onClick={() => navigate('/me/subscriptions')} data-testid="save-search-view">
              {t('savedSearches.save.view')}
            </Typography.Link>
          </span>
        ),
        duration: 5,
      });
    } catch (e) {
      // `input.name` (e.g. 最多保存20个搜索) shows on the name field; criteria errors as a toast.
      handleError(e, { form });
    }
  };

  return (
    <>
      <Button
        icon={<BellOutlined />}
        disabled={empty}
        title={empty ? t('savedSearches.save.noFilters') : undefined}
        onClick={openDialog}
        data-testid="save-search-button"
      >
        {t('savedSearches.save.button')}
      </Button>
      <Modal
        open={open}
        title={t('savedSearches.save.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'save-search-confirm' } as ButtonProps}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('savedSearches.save.hint')}</Typography.Paragraph>
        <Typography.Paragraph>
          <CriteriaSummary criteria={criteria} testId="save-search-summary" />
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={() => void submit()} data-testid="save-search-form">
          <Form.Item
            name="name"
            label={t('savedSearches.save.name')}
            rules={[
              { required: true, whitespace: true, message: t('savedSearches.save.nameRequired') },
              { max: NAME_MAX, message: t('savedSearches.save.nameLength') },
            ]}
          >
            <Input maxLength={NAME_MAX} showCount placeholder={t('savedSearches.save.namePlaceholder')} data-testid="save-search-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
