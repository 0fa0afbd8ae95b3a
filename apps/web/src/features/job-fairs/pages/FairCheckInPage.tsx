import { useMutation } from '@apollo/client/react';
import { Button, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { describeAppError, extractAppErrors } from '../../../shared/errors';
import { CHECK_IN } from '../job-fairs.graphql';

/** `/fairs/:id/checkin?code=…`: the page the venue's QR code opens; checks the signed-in seeker in once. */
export function FairCheckInPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const [checkIn, { data, error, loading }] = useMutation(CHECK_IN);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void checkIn({ variables: { fairId: id, code: params.get('code') ?? '' } }).catch(() => undefined);
  }, [checkIn, id, params]);

  if (loading || (!data && !error)) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const back = (
    <Link to={`/fairs/${id}`}>
      <Button type="primary">{t('fairs.list.enter')}</Button>
    </Link>
  );
  return error ? (
    <Result
      status="warning"
      title={extractAppErrors(error).map((e) => describeAppError(e, t, i18n.language))[0]}
      extra={back}
      data-testid="fair-checkin-failed"
    />
  ) : (
    <Result
      status="success"
      title={t('fairs.checkIn.done')}
      subTitle={t('fairs.checkIn.hint')}
      extra={back}
      data-testid="fair-checkin-done"
    />
  );
}
