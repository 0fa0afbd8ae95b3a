import { CloseOutlined, LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REPORT_PHOTOS, PhotoError, photoToDataUrl } from '../photo-downscale';

const THUMB: CSSProperties = { position: 'relative', width: 88, height: 88 };
const THUMB_IMAGE: CSSProperties = { width: '100%', height: '100%', objectFit: 'cover', borderRadius: 6, border: '1px solid #f0f0f0' };
const REMOVE: CSSProperties = { position: 'absolute', top: -8, right: -8 };

/**
 * Up to 3 photos for a report, each read from a file input and shrunk in the browser to a data URL the API accepts.
 * Controlled (antd Form.Item `value` / `onChange`). Test ids: `report-photo-input`, `report-photo` (one per photo).
 */
export function PhotoPicker({
  value = [],
  onChange,
  onBusyChange,
}: {
  value?: string[];
  onChange?: (photos: string[]) => void;
  /** True while photos are being read and shrunk (the form should wait). */
  onBusyChange?: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    onBusyChange?.(true);
    setProblem(null);
    const added: string[] = [];
    try {
      for (const file of Array.from(files).slice(0, MAX_REPORT_PHOTOS - value.length)) {
        try {
          added.push(await photoToDataUrl(file));
        } catch (e) {
          setProblem(
            e instanceof PhotoError && e.reason === 'tooLarge'
              ? t('oversight.report.photoTooLarge')
              : t('oversight.report.photoUnreadable'),
          );
        }
      }
      if (added.length) onChange?.([...value, ...added].slice(0, MAX_REPORT_PHOTOS));
    } finally {
      setBusy(false);
      onBusyChange?.(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div data-testid="report-photos" data-count={value.length} data-busy={busy ? 'yes' : 'no'}>
      <Flex gap={8} wrap>
        {value.map((src, i) => (
          <div key={`${i}-${src.length}`} style={THUMB}>
            <img src={src} alt={t('oversight.report.photo', { n: i + 1 })} style={THUMB_IMAGE} data-testid="report-photo" />
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('oversight.report.removePhoto')}
              style={REMOVE}
              onClick={() => onChange?.(value.filter((_, j) => j !== i))}
            />
          </div>
        ))}
        {value.length < MAX_REPORT_PHOTOS ? (
          <Button
            style={{ height: THUMB.height }}
            icon={busy ? <LoadingOutlined /> : <PlusOutlined />}
            disabled={busy}
            onClick={() => input.current?.click()}
            data-testid="report-photo-add"
          >
            {busy ? t('oversight.report.photoProcessing') : t('oversight.report.addPhoto')}
          </Button>
        ) : null}
      </Flex>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        style={{ display: 'none' }}
        onChange={(e) => void add(e.target.files)}
        data-testid="report-photo-input"
      />
      {problem ? (
        <Typography.Text type="danger" data-testid="report-photo-problem">
          {problem}
        </Typography.Text>
      ) : null}
    </div>
  );
}
