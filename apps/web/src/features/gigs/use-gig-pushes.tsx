import { GigAssignmentStatus, type GigOfferedEvent } from '@jobbridge/contracts';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useNotificationEvent } from '../../shared/realtime/use-application-changes';
import { useGigText } from './use-gig-text';

/**
 * The worker's gig pushes on `/notifications`: a new gig near them that suits them (`gig.offered`) and a place that
 * changed without their doing (`gig.place_changed`: moved up from the waiting list, the gig cancelled), each shown as
 * a notification with the way to it; `onChange` refreshes the page's list.
 */
export function useGigPushes(onChange: () => void) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const text = useGigText();

  useNotificationEvent('gig.offered', (e: GigOfferedEvent) => {
    notification.info({
      key: `gig-offered-${e.gigId}`,
      title: t('gigs.nearby.offeredTitle', { title: e.title }),
      description: t('gigs.nearby.offeredText', { pay: e.payText, date: text.day(e.startDate), time: e.dailyStart, address: e.address }),
      actions: (
        <Button
          type="primary"
          size="small"
          onClick={() => {
            notification.destroy(`gig-offered-${e.gigId}`);
            navigate(`/gigs/${e.gigId}`);
          }}
          data-testid="gig-offered-open"
        >
          {t('gigs.nearby.offeredOpen')}
        </Button>
      ),
      duration: 10,
      props: { 'data-testid': 'gig-offered-notification' },
    });
    onChange();
  });

  useNotificationEvent('gig.place_changed', (e) => {
    const title =
      e.status === GigAssignmentStatus.ACCEPTED
        ? t('gigs.placeChanged.ACCEPTED')
        : e.status === GigAssignmentStatus.GIG_CANCELLED
          ? t('gigs.placeChanged.GIG_CANCELLED')
          : t('gigs.placeChanged.other');
    notification.info({
      key: `gig-place-${e.gigId}`,
      title,
      actions: (
        <Button
          size="small"
          onClick={() => {
            notification.destroy(`gig-place-${e.gigId}`);
            navigate('/gigs/mine');
          }}
        >
          {t('gigs.placeChanged.open')}
        </Button>
      ),
      duration: 10,
      props: { 'data-testid': 'gig-place-notification' },
    });
    onChange();
  });
}
