import { Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRatio } from '../../../shared/utils/format';
import { GAUGE_GAP_DEGREE, gaugeGeometry, LOCAL_HIRING_COLORS, thresholdPercent } from '../local-hiring';
import type { LocalHiring } from '../projects.graphql';

const SIZE = 200;

/**
 * The local share as a dashboard gauge with the threshold marked on the arc (a tick at 30%), coloured by status.
 */
export function LocalHiringGauge({ localHiring }: { localHiring: LocalHiring }) {
  const { t } = useTranslation();
  const { percent, markerAngle } = gaugeGeometry(localHiring.ratio, localHiring.threshold);
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
        gapDegree={GAUGE_GAP_DEGREE}
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
