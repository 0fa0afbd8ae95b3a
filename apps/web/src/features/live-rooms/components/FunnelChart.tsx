import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LiveJobFunnel } from '../live-rooms.graphql';

const COLORS = { impressions: '#91caff', applications: '#1668dc', interviews: '#fa8c16', hires: '#52c41a' };
const ORDER: string[] = ['impressions', 'applications', 'interviews', 'hires'];

/** Per job: card impressions → applications → interviews → hires, as grouped bars. */
export function FunnelChart({ jobs }: { jobs: LiveJobFunnel[] }) {
  const { t } = useTranslation();
  const data = jobs.map((j) => ({ ...j, name: [...j.title].length > 7 ? `${[...j.title].slice(0, 7).join('')}…` : j.title }));
  const height = Math.max(220, 60 + jobs.length * 48);
  return (
    <Card size="small" title={t('live.report.funnel')} extra={t('live.report.funnelHint')} data-testid="report-funnel-chart">
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barCategoryGap="20%">
            <CartesianGrid strokeDasharray="3 3" stroke="#f0f0f0" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={108} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
            <Bar dataKey="impressions" name={t('live.report.impressions')} fill={COLORS.impressions} isAnimationActive={false} />
            <Bar dataKey="applications" name={t('live.report.applications')} fill={COLORS.applications} isAnimationActive={false} />
            <Bar dataKey="interviews" name={t('live.report.interviews')} fill={COLORS.interviews} isAnimationActive={false} />
            <Bar dataKey="hires" name={t('live.report.hires')} fill={COLORS.hires} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
