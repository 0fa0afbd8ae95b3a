import { useMutation, useQuery } from '@apollo/client/react';
import { GigAssignmentStatus, hasChineseText } from '@jobbridge/contracts';
import { chinaIsoDateOf } from '@jobbridge/domain';
import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { describeAppError, extractAppErrors } from '../../../shared/errors';
import { dayState } from '../gig-helpers';
import { CHECK_IN_GIG_MUTATION, CHECK_OUT_GIG_MUTATION, GIG_CHECK_IN_TARGET_QUERY } from '../gigs.graphql';
import { useGigText } from '../use-gig-text';

/** The API's own text for gig errors (when check-in opens, the wrong QR), else the code's. */
function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    const [first] = extractAppErrors(error);
    return hasChineseText(first.serverMessage) && i18n.language.startsWith('zh')
      ? first.serverMessage
      : describeAppError(first, t, i18n.language);
  };
}

/**
 * `/gigs/:id/check-in?code=…` (workers): the page the site's QR opens. Not yet checked in today: checks in at once
 * with the code. Checked in: offers 签退 (a tap, so scanning twice by mistake never ends the day early). Checked out:
 * says so. A worker without a place is sent to the gig to take one.
 */
export function GigCheckInPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const { t } = useTranslation();
  const text = useGigText();
  const errorText = useErrorText();
  const target = useQuery(GIG_CHECK_IN_TARGET_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  const [checkIn, inState] = useMutation(CHECK_IN_GIG_MUTATION);
  const [checkOut, outState] = useMutation(CHECK_OUT_GIG_MUTATION);
  const [failure, setFailure] = useState<unknown>(null);
  const sent = useRef(false);

  const g = target.data?.gig;
  const mine = g?.myAssignment;
  const today = chinaIsoDateOf(new Date());
  const day = mine ? dayState(mine.attendance, today) : null;

  useEffect(() => {
    if (sent.current || !g || !code || mine?.status !== GigAssignmentStatus.ACCEPTED || day?.state !== 'NOT_IN') return;
    sent.current = true;
    void checkIn({ variables: { input: { gigId: g.id, qrCode: code } } })
      .then(() => target.refetch())
      .catch((e: unknown) => setFailure(e));
  }, [g, code, mine?.status, day?.state, checkIn, target]);

  const doCheckOut = async () => {
    if (!g) return;
    try {
      await checkOut({ variables: { input: { gigId: g.id, qrCode: code } } });
      await target.refetch();
    } catch (e) {
      setFailure(e);
    }
  };

  const myGigs = (
    <Link key="mine" to="/gigs/mine?tab=TODAY">
      <Button>{t('gigs.checkIn.myGigs')}</Button>
    </Link>
  );

  const body = () => {
    if (target.error && !target.data) return <QueryErrorResult error={target.error} onRetry={() => void target.refetch()} />;
    if (!g || !day) {
      if (g && (!mine || mine.status !== GigAssignmentStatus.ACCEPTED))
        return (
          <Result
            status="info"
            title={t('gigs.checkIn.notYours')}
            subTitle={t('gigs.checkIn.notYoursText')}
            extra={
              <Link to={`/gigs/${g.id}`}>
                <Button type="primary">{t('gigs.checkIn.openGig')}</Button>
              </Link>
            }
            data-testid="gig-check-in-result"
            data-state="NOT_YOURS"
          />
        );
      return <Spin style={{ display: 'block', margin: '64px auto' }} />;
    }
    if (!code)
      return (
        <Result status="warning" title={t('gigs.checkIn.noCode')} extra={myGigs} data-testid="gig-check-in-result" data-state="NO_CODE" />
      );
    if (failure)
      return <Result status="warning" title={errorText(failure)} extra={myGigs} data-testid="gig-check-in-result" data-state="FAILED" />;
    if (day.state === 'NOT_IN' || inState.loading)
      return <Spin tip={t('gigs.checkIn.working')} style={{ display: 'block', margin: '64px auto' }} data-testid="gig-check-in-working" />;
    if (day.state === 'IN' && day.row)
      return (
        <Result
          status="success"
          title={t('gigs.checkIn.checkedIn')}
          subTitle={
            <>
              <div>{t('gigs.checkIn.checkedInText', { title: g.title, time: text.clock(day.row.checkInAt) })}</div>
              <div style={{ marginTop: 8 }}>{t('gigs.checkIn.checkOutPrompt', { time: text.clock(day.row.checkInAt) })}</div>
            </>
          }
          extra={[
            <Button
              key="out"
              type="primary"
              size="large"
              loading={outState.loading}
              onClick={() => void doCheckOut()}
              data-testid="gig-check-out"
            >
              {t('gigs.checkIn.checkOut')}
            </Button>,
            myGigs,
          ]}
          data-testid="gig-check-in-result"
          data-state="IN"
        />
      );
    return (
      <Result
        status="success"
        title={t('gigs.checkIn.checkedOut')}
        subTitle={t('gigs.checkIn.checkedOutText', {
          title: g.title,
          in: text.clock(day.row?.checkInAt),
          out: text.clock(day.row?.checkOutAt),
        })}
        extra={myGigs}
        data-testid="gig-check-in-result"
        data-state="OUT"
      />
    );
  };

  return (
    <div className="page page-narrow" data-testid="gig-check-in-page">
      {body()}
    </div>
  );
}
