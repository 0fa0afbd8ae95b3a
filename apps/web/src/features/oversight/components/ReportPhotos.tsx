import { Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';

/** A report's photos as thumbnails that open full size. */
export function ReportPhotos({ photos }: { photos: readonly string[] }) {
  const { t } = useTranslation();
  if (!photos.length) return null;
  return (
    <Flex gap={8} wrap data-testid="report-photos-view" data-count={photos.length}>
      <Image.PreviewGroup>
        {photos.map((src, i) => (
          <Image
            key={i}
            src={src}
            width={72}
            height={72}
            style={{ objectFit: 'cover', borderRadius: 6 }}
            alt={t('oversight.report.photo', { n: i + 1 })}
          />
        ))}
      </Image.PreviewGroup>
    </Flex>
  );
}
