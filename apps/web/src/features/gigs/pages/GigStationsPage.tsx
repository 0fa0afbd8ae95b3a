import { DesktopOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Skeleton, Space, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { useAuth } from '../../auth';
import { GigOversightTabs } from '../components/GigOversightTabs';
import { RegionLabel } from '../components/RegionLabel';
import { SitePointFields } from '../components/SitePointFields';
import { CREATE_GIG_STATION_MUTATION, GIG_STATIONS_QUERY } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import '../gigs.css';

interface StationValues {
  name: string;
  region?: string[];
  address: string;
  lat?: number | null;
  lng?: number | null;
  openingHours: string;
  contactPhone: string;
  services: string[];
}

/** 新建驿站: a county's gig station with its point (for the screen's nearby gigs), hours, phone and services. */
function CreateStationModal({
  open,
  regionCode,
  onClose,
  onCreated,
}: {
  open: boolean;
  regionCode: string | null;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<StationValues>();
  const [create, { loading }] = useMutation(CREATE_GIG_STATION_MUTATION);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('gigs.oversight.stations.required', { field }) });

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await create({
        variables: {
          input: {
            name: v.name.trim(),
            regionCode: lastCode(v.region) ?? '',
            address: v.address.trim(),
            lat: v.lat ?? Number.NaN,
            lng: v.lng ?? Number.NaN,
            openingHours: v.openingHours.trim(),
            contactPhone: v.contactPhone.trim(),
            services: v.services,
          },
        },
      });
      void message.success(t('gigs.oversight.stations.created'));
      form.resetFields();
      onCreated();
      onClose();
    } catch (e) {
      handleError(e, { form, fieldMap: { regionCode: 'region' } });
    }
  };

  return (
    <Modal
      open={open}
      title={t('gigs.oversight.stations.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'gig-station-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form<StationValues>
        form={form}
        layout="vertical"
        initialValues={{
          services: [],
          region: regionCode && regionCode.length === 6 && !regionCode.endsWith('00') ? regionPath(regionCode) : undefined,
        }}
        data-testid="gig-station-form"
      >
        <Form.Item
          name="name"
          label={t('gigs.oversight.stations.name')}
          rules={[required(t('gigs.oversight.stations.name')), { min: 2, max: 60 }]}
        >
          <Input maxLength={60} data-testid="gig-station-name" />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('gigs.oversight.stations.region')}
          rules={[{ required: true, message: t('gigs.oversight.stations.required', { field: t('gigs.oversight.stations.region') }) }]}
        >
          <RegionCascader data-testid="gig-station-region" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('gigs.oversight.stations.address')}
          rules={[required(t('gigs.oversight.stations.address')), { min: 2 }]}
        >
          <Input maxLength={200} data-testid="gig-station-address" />
        </Form.Item>
        <SitePointFields form={form} testId="gig-station" requiredMessage={t('gigs.post.pointRequired')} />
        <Form.Item
          name="openingHours"
          label={t('gigs.oversight.stations.openingHours')}
          rules={[required(t('gigs.oversight.stations.openingHours'))]}
        >
          <Input maxLength={100} placeholder={t('gigs.oversight.stations.openingHoursPlaceholder')} data-testid="gig-station-hours" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('gigs.oversight.stations.contactPhone')}
          rules={[
            required(t('gigs.oversight.stations.contactPhone')),
            {
              pattern: /^[0-9-]{7,20}$/,
              message: t('gigs.oversight.stations.required', { field: t('gigs.oversight.stations.contactPhone') }),
            },
          ]}
        >
          <Input maxLength={20} inputMode="tel" data-testid="gig-station-phone" />
        </Form.Item>
        <Form.Item name="services" label={t('gigs.oversight.stations.services')}>
          <TagsSelect placeholder={t('gigs.oversight.stations.servicesPlaceholder')} data-testid="gig-station-services" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 零工驿站 (`/bureau/gigs/stations`, officers): the stations in the officer's region, a new one, and each station's TV
 * screen (public, opened in a new window on the station's screen).
 */
export function GigStationsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const regionCode = user?.regionCode ?? null;
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(GIG_STATIONS_QUERY, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const stations = data?.gigStations;

  return (
    <div className="page page-narrow" data-testid="gig-stations-page">
      <GigOversightTabs />
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, flex: '1 1 260px' }}>
          {t('gigs.oversight.stations.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="gig-station-create">
          {t('gigs.oversight.stations.create')}
        </Button>
      </Flex>
      {error && !stations ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !stations ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : !stations.length ? (
        <Empty description={t('gigs.oversight.stations.empty')} data-testid="gig-stations-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="gig-stations">
          {stations.map((s) => (
            <Card
              key={s.id}
              size="small"
              data-testid="gig-station"
              data-station-id={s.id}
              title={s.name}
              extra={
                <a href={`/gigs/stations/${s.id}/screen`} target="_blank" rel="noreferrer" data-testid="gig-station-screen-link">
                  <Button size="small" icon={<DesktopOutlined />}>
                    {t('gigs.oversight.stations.screen')}
                  </Button>
                </a>
              }
            >
              <Flex vertical gap={2}>
                <Typography.Text>
                  <RegionLabel code={s.regionCode} /> {s.address}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('gigs.station.hours', { hours: s.openingHours })} · {t('gigs.station.phone', { phone: s.contactPhone })}
                </Typography.Text>
                {s.services.length ? (
                  <Space size={[4, 4]} wrap>
                    {s.services.map((x) => (
                      <Tag key={x}>{x}</Tag>
                    ))}
                  </Space>
                ) : null}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <CreateStationModal open={creating} regionCode={regionCode} onClose={() => setCreating(false)} onCreated={() => void refetch()} />
    </div>
  );
}
