import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatKm } from '../utils/format';
import type { MatchScoreFields } from './match-info.graphql';

const scoreColor = (score: number) => (score >= 80 ? '#52c41a' : score >= 60 ? '#1677ff' : '#faad14');

/** "匹配度 86" with a small ring; shared by recommended jobs and recommended candidates. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={6} className="match-score" data-testid="match-score" data-score={score}>
      <Progress type="circle" percent={score} size={36} strokeColor={scoreColor(score)} format={() => score} />
      <Typography.Text strong>{t('match.score', { score })}</Typography.Text>
    </Flex>
  );
}

/** Reasons (best first), skills met / missing, distance and a policy ineligibility note. */
export function MatchDetails({ match }: { match: MatchScoreFields }) {
  const { t } = useTranslation();
  return (
    <>
      {!match.eligible ? (
        <Typography.Text type="warning" data-testid="match-ineligible">
          {match.ineligibleReason ? t('match.ineligible', { reason: match.ineligibleReason }) : t('match.ineligibleNoReason')}
        </Typography.Text>
      ) : null}
      {match.reasons.length ? (
        <ul className="match-reasons" aria-label={t('match.reasons')}>
          {match.reasons.map((reason) => (
            <li key={reason} data-testid="match-reason">
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
      {match.skillsMet.length || match.skillsMissing.length ? (
        <Flex wrap gap={4} align="center">
          {match.skillsMet.map((s) => (
            <Tag key={`met-${s}`} color="green" icon={<CheckOutlined />} title={t('match.skillsMet')} data-testid="match-skill-met">
              {s}
            </Tag>
          ))}
          {match.skillsMissing.map((s) => (
            <Tag key={`missing-${s}`} icon={<CloseOutlined />} title={t('match.skillsMissing')} data-testid="match-skill-missing">
              {s}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {/* A distance reason that states kilometres already shows it; show the distance apart only otherwise. */}
      {match.distanceKm != null && !match.reasonDetails.some((r) => r.kind === 'DISTANCE' && r.distanceKm != null) ? (
        <Typography.Text type="secondary" data-testid="match-distance">
          {t('match.distance', { km: formatKm(match.distanceKm) })}
        </Typography.Text>
      ) : null}
    </>
  );
}
