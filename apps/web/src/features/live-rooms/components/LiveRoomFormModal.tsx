import { useMutation } from '@apollo/client/react';
import { Col, DatePicker, Form, Input, Modal, Row, type ButtonProps } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import {
  emptyLiveRoomFormValues,
  HTTP_URL,
  MAX_LINEUP,
  toLiveRoomFormValues,
  toLiveRoomInput,
  type LiveRoomFormValues,
} from '../live-room-form';
import {
  CREATE_LIVE_ROOM_MUTATION,
  UPDATE_LIVE_ROOM_MUTATION,
  type LineupCandidate,
  type LiveRoomDetail,
  type MyLiveRoom,
} from '../live-rooms.graphql';
import { LineupSelect } from './LineupSelect';

const DATE_TIME = 'YYYY-MM-DD HH:mm';

/** Create or edit a room: title, description, schedule, cover and HLS stream URLs, and the lineup in order. */
export function LiveRoomFormModal({
  open,
  officer,
  room,
  onClose,
  onSaved,
}: {
  open: boolean;
  officer: boolean;
  /** Editing this room; creating when absent. */
  room?: LiveRoomDetail | MyLiveRoom | null;
  onClose: () => void;
  onSaved: (room: LiveRoomDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LiveRoomFormValues>();
  const handleError = useGraphQLErrorHandler();
  const [createRoom, createState] = useMutation(CREATE_LIVE_ROOM_MUTATION, { refetchQueries: ['MyLiveRooms'] });
  const [updateRoom, updateState] = useMutation(UPDATE_LIVE_ROOM_MUTATION);
  const required = (field: string) => ({ required: true, message: t('auth.required', { field }) });
  const url = { pattern: HTTP_URL, message: t('live.form.urlInvalid') };

  // Filled when the dialog opens, from the room as it is then.
  const roomRef = useRef(room);
  useLayoutEffect(() => {
    roomRef.current = room;
  });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(roomRef.current ? toLiveRoomFormValues(roomRef.current) : emptyLiveRoomFormValues());
  }, [open, form]);

  const initialLineup = useMemo<LineupCandidate[]>(() => room?.lineup.map((l) => l.jobPosting) ?? [], [room]);

  const onFinish = async (values: LiveRoomFormValues) => {
    try {
      const input = toLiveRoomInput(values);
      const saved = room
        ? (await updateRoom({ variables: { id: room.id, input } })).data?.updateLiveRoom
        : (await createRoom({ variables: { input } })).data?.createLiveRoom;
      if (saved) onSaved(saved);
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={room ? t('live.form.editTitle') : t('live.form.createTitle')}
      width={720}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={createState.loading || updateState.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'live-form-submit' } as ButtonProps}
      forceRender
    >
      <Form<LiveRoomFormValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} scrollToFirstError data-testid="live-form">
        <Form.Item
          name="title"
          label={t('live.form.title')}
          rules={[
            { ...required(t('live.form.title')), whitespace: true },
            { min: 2, max: 60, message: t('live.form.titleLength') },
          ]}
        >
          <Input maxLength={60} showCount placeholder={t('live.form.titlePlaceholder')} data-testid="live-form-title" />
        </Form.Item>
        <Form.Item name="description" label={t('live.form.description')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('live.form.descriptionPlaceholder')}
            data-testid="live-form-description"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="scheduledStart"
              label={t('live.form.scheduledStart')}
              rules={[{ required: true, message: t('auth.select', { field: t('live.form.scheduledStart') }) }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} data-testid="live-form-start" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="scheduledEnd"
              label={t('live.form.scheduledEnd')}
              dependencies={['scheduledStart']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: LiveRoomFormValues['scheduledEnd']) => {
                    const start = getFieldValue('scheduledStart') as LiveRoomFormValues['scheduledStart'];
                    return !value || !start || value.isAfter(start)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('live.form.endBeforeStart')));
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME} style={{ width: '100%' }} data-testid="live-form-end" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="streamUrl" label={t('live.form.streamUrl')} extra={t('live.form.streamUrlHint')} rules={[url]}>
          <Input maxLength={500} placeholder="https://…/live.m3u8" inputMode="url" data-testid="live-form-stream" />
        </Form.Item>
        <Form.Item name="coverUrl" label={t('live.form.coverUrl')} rules={[url]}>
          <Input maxLength={500} placeholder="https://…/cover.jpg" inputMode="url" data-testid="live-form-cover" />
        </Form.Item>
        <Form.Item
          name="jobPostingIds"
          label={t('live.form.lineup')}
          extra={officer ? t('live.form.lineupHintOfficer') : t('live.form.lineupHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('live.form.lineupRequired') },
            { type: 'array', max: MAX_LINEUP, message: t('live.form.lineupMax', { max: MAX_LINEUP }) },
          ]}
        >
          <LineupSelect officer={officer} initial={initialLineup} data-testid="live-form-lineup" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
