import { useMutation } from '@apollo/client/react';
import { App, Button, Checkbox, Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyGigPreferencesQuery } from '../../../graphql/generated/graphql';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { roundCoord, WEEKDAYS } from '../gig-helpers';
import type { LatLng } from '../gig-map';
import { MY_GIG_PREFERENCES_QUERY, SAVE_GIG_PREFERENCES_MUTATION } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { SitePointFields } from './SitePointFields';

type Preferences = NonNullable<MyGigPreferencesQuery['myGigPreferences']>;

interface Values {
  enabled: boolean;
  lat?: number | null;
  lng?: number | null;
  maxDistanceKm: number;
  weekdays: number[];
  skills: string[];
}

/**
 * 接活设置: the worker opts in to be told of gigs near them at once — where they start from, how far they go, which days
 * they work, their skills (a gig needing a skill is told only to those who have it).
 */
export function GigPreferencesPanel({
  preferences,
  center,
  onSaved,
}: {
  preferences: Preferences | null | undefined;
  /** The page's current point (offered as the starting point). */
  center: LatLng | null;
  onSaved?: (p: Preferences) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<Values>();
  const [save, { loading }] = useMutation(SAVE_GIG_PREFERENCES_MUTATION, { refetchQueries: [MY_GIG_PREFERENCES_QUERY] });
  const enabled = Form.useWatch('enabled', form);

  useEffect(() => {
    if (preferences) form.setFieldsValue({ ...preferences, weekdays: [...preferences.weekdays], skills: [...preferences.skills] });
  }, [preferences, form]);

  const submit = async (v: Values) => {
    try {
      const { data } = await save({
        variables: {
          input: {
            enabled: v.enabled,
            lat: v.lat ?? Number.NaN,
            lng: v.lng ?? Number.NaN,
            maxDistanceKm: v.maxDistanceKm,
            weekdays: [...v.weekdays].sort(),
            skills: v.skills,
          },
        },
      });
      void message.success(t('gigs.preferences.saved'));
      if (data) onSaved?.(data.saveGigPreferences);
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        enabled: true,
        lat: center ? roundCoord(center.lat) : undefined,
        lng: center ? roundCoord(center.lng) : undefined,
        maxDistanceKm: 10,
        weekdays: [...WEEKDAYS],
        skills: [],
      }}
      onFinish={(v) => void submit(v)}
      data-testid="gig-preferences"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('gigs.preferences.intro')}
      </Typography.Paragraph>
      <Form.Item name="enabled" valuePropName="checked" label={t('gigs.preferences.enabled')}>
        <Switch data-testid="gig-preferences-enabled" />
      </Form.Item>
      <Typography.Text strong>{t('gigs.preferences.point')}</Typography.Text>
      <SitePointFields
        form={form}
        testId="gig-preferences"
        requiredMessage={t('gigs.preferences.noPoint')}
        hint={t('gigs.preferences.pointHint')}
      />
      {center ? (
        <Button
          size="small"
          style={{ marginTop: -8, marginBottom: 16 }}
          onClick={() => form.setFieldsValue({ lat: roundCoord(center.lat), lng: roundCoord(center.lng) })}
          data-testid="gig-preferences-use-center"
        >
          {t('gigs.preferences.useCurrent')}
        </Button>
      ) : null}
      <Form.Item name="maxDistanceKm" label={t('gigs.preferences.maxDistance')} rules={[{ required: true }]}>
        <InputNumber min={1} max={50} precision={0} style={{ width: 120 }} data-testid="gig-preferences-distance" />
      </Form.Item>
      <Form.Item
        name="weekdays"
        label={t('gigs.preferences.weekdays')}
        rules={enabled ? [{ required: true, type: 'array', min: 1, message: t('gigs.preferences.weekdaysRequired') }] : []}
      >
        <Checkbox.Group
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`gigs.weekday.${d}`) }))}
          data-testid="gig-preferences-weekdays"
        />
      </Form.Item>
      <Form.Item name="skills" label={t('gigs.preferences.skills')}>
        <TagsSelect placeholder={t('gigs.preferences.skillsPlaceholder')} data-testid="gig-preferences-skills" />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={loading} data-testid="gig-preferences-save">
          {t('gigs.preferences.save')}
        </Button>
      </Flex>
    </Form>
  );
}
