import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatRatio } from '../../../shared/utils/format';
import { thresholdPercent, thresholdValue } from '../local-hiring';
import type { ProjectDetail } from '../projects.graphql';

type Day = ProjectDetail['localHiringHistory'][number];

function DayTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Day }[] }) {
  const { t } = useTranslation();
  const day = active ? payload?.[0]?.payload : undefined;
  if (!day) return null;
  return (
    <div className="chart-tooltip">
      <div>{day.date}</div>
      <strong>{formatRatio(day.ratio)}</strong>
      <div>{t('projects.history.tooltip', { local: day.localWorkers, total: day.totalWorkers })}</div>
    </div>
  );
}

/** The local share day by day (`localHiringHistory`, the last 90 days) against the threshold line. */
export function LocalHiringHistoryChart({ history, threshold }: { history: ProjectDetail['localHiringHistory']; threshold: string }) {
  const { t } = useTranslation();
  const line = thresholdValue(threshold);
  const data = history.map((d) => ({ ...d, percent: d.ratio == null ? null : Math.round(d.ratio * 1000) / 10 }));
  const hasData = data.some((d) => d.percent !== null);

  return (
    <Card size="small" title={t('projects.history.title')} data-testid="local-hiring-history" data-days={history.length}>
      {hasData ? (
        <div style={{ width: '100%', height: 240 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -12 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#f0f0f0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} minTickGap={24} tick={{ fontSize: 12 }} />
              <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} />
              <Tooltip content={<DayTooltip />} />
              <ReferenceLine
                y={line}
                stroke="#cf1322"
                strokeDasharray="6 4"
                label={{
                  value: t('projects.history.threshold', { percent: thresholdPercent(threshold) }),
                  position: 'insideTopLeft',
                  fill: '#cf1322',
                  fontSize: 12,
                }}
              />
              <Line
                type="stepAfter"
                dataKey="percent"
                name={t('projects.history.ratio')}
                stroke="#1668dc"
                strokeWidth={2}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.history.empty')} />
      )}
    </Card>
  );
}
