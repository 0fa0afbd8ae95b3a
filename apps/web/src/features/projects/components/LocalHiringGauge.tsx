import { Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalHiring } from '../../../graphql/types';
import { formatRatio } from '../../../shared/utils/format';
import { LOCAL_HIRING_COLORS, thresholdPercent, thresholdValue } from '../local-hiring';

const SIZE = 200;
/** antd's dashboard leaves a 75° gap at the bottom and fills clockwise from its left end. */
const GAP_DEGREE = 75;

/**
 * The local share as a dashboard gauge with the threshold marked on the arc (a tick at 30%), coloured by status.
 */
export function LocalHiringGauge({ localHiring }: { localHiring: LocalHiring }) {
  const { t } = useTranslation();
  const percent = localHiring.ratio == null ? 0 : Math.round(localHiring.ratio * 1000) / 10;
  const threshold = thresholdValue(localHiring.threshold);
  // Degrees clockwise from 12 o'clock: the arc starts at 180° + gap/2 and spans 360° − gap.
  const markerAngle = 180 + GAP_DEGREE / 2 + ((360 - GAP_DEGREE) * threshold) / 100;
  const color = LOCAL_HIRING_COLORS[localHiring.status];

  return (
    <div
      className="local-hiring-gauge"
      style={{ width: SIZE, height: SIZE }}
      data-testid="local-hiring-gauge"
      data-ratio={localHiring.ratio ?? ''}
    >
      <Progress
        type="dashboard"
        percent={percent}
        size={SIZE}
        gapDegree={GAP_DEGREE}
        strokeColor={color}
        strokeWidth={9}
        format={() => (
          <div className="gauge-center">
            <div className="gauge-ratio" style={{ color }} data-testid="local-hiring-ratio">
              {formatRatio(localHiring.ratio)}
            </div>
            <Typography.Text type="secondary" className="gauge-caption" data-testid="local-hiring-counts">
              {t('projects.detail.gaugeCaption', { local: localHiring.localWorkers, total: localHiring.totalWorkers })}
            </Typography.Text>
          </div>
        )}
      />
      <Tooltip title={t('projects.detail.thresholdMarker', { percent: thresholdPercent(localHiring.threshold) })}>
        <div className="gauge-marker" style={{ transform: `rotate(${markerAngle}deg)` }} data-testid="local-hiring-threshold-marker">
          <span className="gauge-marker-tick" />
          <span className="gauge-marker-label" style={{ transform: `translateX(-50%) rotate(${-markerAngle}deg)` }}>
            {thresholdPercent(localHiring.threshold)}
          </span>
        </div>
      </Tooltip>
    </div>
  );
}
