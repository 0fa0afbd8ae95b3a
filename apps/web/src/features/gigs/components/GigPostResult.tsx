import { GigStatus } from '@jobbridge/contracts';
import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { reviewReasons } from '../gig-helpers';
import type { PostedGig } from '../gigs.graphql';

/**
 * What became of a gig just saved: 已发布 (nearby workers are told now), or 待审核 with why — pay below the local
 * minimum wage (what it works out at per hour), the screen's flags with the text that raised them, or a new poster.
 */
export function GigPostResult({ gig, onPostAnother }: { gig: PostedGig; onPostAnother: () => void }) {
  const { t } = useTranslation();
  const published = gig.status === GigStatus.PUBLISHED;
  const reasons = reviewReasons(gig);
  const actions = [
    <Link key="manage" to={`/gigs/${gig.id}/manage`} data-testid="gig-post-result-manage">
      <Button type="primary">{t('gigs.result.manage')}</Button>
    </Link>,
    <Button key="again" onClick={onPostAnother} data-testid="gig-post-another">
      {t('gigs.result.postAnother')}
    </Button>,
    <Link key="posted" to="/gigs/posted">
      <Button>{t('gigs.result.posted')}</Button>
    </Link>,
  ];
  return (
    <div data-testid="gig-post-result" data-status={gig.status} data-gig-id={gig.id}>
      <Result
        status={published ? 'success' : 'warning'}
        title={
          <span data-testid="gig-post-result-title">{published ? t('gigs.result.publishedTitle') : t('gigs.result.pendingTitle')}</span>
        }
        subTitle={
          published ? (
            t('gigs.result.publishedText')
          ) : (
            <Flex vertical gap={6} align="center">
              <span>{t('gigs.result.pendingText')}</span>
              {reasons.map((r) => (
                <Flex key={r} vertical gap={4} align="center" data-testid="gig-review-reason" data-reason={r}>
                  <Typography.Text strong>
                    {r === 'BELOW_MINIMUM_WAGE'
                      ? t('gigs.result.reasons.BELOW_MINIMUM_WAGE', { hourly: gig.effectiveHourlyYuan ?? '—' })
                      : t(`gigs.result.reasons.${r}`)}
                  </Typography.Text>
                  {r === 'FLAGGED' ? <ScreeningFlagTags flags={gig.screeningFlags} showEvidence /> : null}
                </Flex>
              ))}
            </Flex>
          )
        }
        extra={actions}
      />
    </div>
  );
}
