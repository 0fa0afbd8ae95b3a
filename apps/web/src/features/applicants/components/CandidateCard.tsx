import { PhoneOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MatchDetails, MatchScore } from '../../../shared/components/MatchInfo';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { CandidateMatchData } from '../applicants.graphql';
import { PriorityGroupTags } from './PriorityGroupTags';

const THIS_YEAR = new Date().getFullYear();

/** A recommended candidate for a posting: who, how well they match and why; the phone is masked. */
export function CandidateCard({ match }: { match: CandidateMatchData }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { candidate } = match;
  const facts = [
    candidate.gender ? label('gender', candidate.gender) : null,
    candidate.birthYear ? t('employer.applicants.age', { age: THIS_YEAR - candidate.birthYear }) : null,
    candidate.education ? label('education', candidate.education) : null,
  ].filter(Boolean);

  return (
    <Card size="small" className="match-card" data-testid="candidate" data-profile-id={candidate.id}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div>
          <Typography.Text strong className="applicant-name" data-testid="candidate-name">
            {candidate.fullName}
          </Typography.Text>
          {facts.length ? <Typography.Text type="secondary"> · {facts.join(' · ')}</Typography.Text> : null}
        </div>
        <MatchScore score={match.score} />
      </Flex>
      <PriorityGroupTags groups={candidate.priorityGroups} />
      <MatchDetails match={match} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item
          label={
            <>
              <PhoneOutlined /> {t('employer.candidates.phone')}
            </>
          }
        >
          <span data-testid="candidate-phone">{candidate.phoneMasked ?? t('common.notSet')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('employer.candidates.residence')}>
          {candidate.residenceRegion?.fullName ?? t('common.notSet')}
        </Descriptions.Item>
        <Descriptions.Item label={t('employer.candidates.hukou')}>
          {candidate.hukouRegion?.fullName ?? t('common.notSet')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
