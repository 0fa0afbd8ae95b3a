import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode, Role, VerificationStatus } from '@jobbridge/contracts';
import { Alert, Button, Form, Result } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { useAuth } from '../../auth';
import { GigForm } from '../components/GigForm';
import { GigPostResult } from '../components/GigPostResult';
import { PosterRegistrationForm } from '../components/PosterRegistrationForm';
import { emptyGigForm, GIG_FIELD_MAP, toGigFormValues, toGigInput, type GigFormValues } from '../gig-helpers';
import {
  CREATE_GIG_MUTATION,
  GIG_MANAGE_QUERY,
  GIG_POSTER_CONTEXT_QUERY,
  POSTED_GIGS_QUERY,
  UPDATE_GIG_MUTATION,
  type PostedGig,
} from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import '../gigs.css';

/**
 * 发布零工 (`/gigs/post`) and 修改零工 (`/gigs/:id/edit`), for employers (their company's gigs) and seekers registered as
 * individual posters — a seeker not yet registered gives their real name first. After saving: 已发布, or 待审核 and why.
 */
export function PostGigPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { user, role } = useAuth();
  const seeker = role === Role.JOB_SEEKER;
  const handleError = useGigErrorHandler();
  const navigate = useNavigate();
  const [form] = Form.useForm<GigFormValues>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [saved, setSaved] = useState<PostedGig | null>(null);
  const context = useQuery(GIG_POSTER_CONTEXT_QUERY, { variables: { seeker }, fetchPolicy: 'cache-and-network' });
  const editing = useQuery(GIG_MANAGE_QUERY, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const [create, createState] = useMutation(CREATE_GIG_MUTATION, { refetchQueries: [POSTED_GIGS_QUERY] });
  const [update, updateState] = useMutation(UPDATE_GIG_MUTATION, { refetchQueries: [POSTED_GIGS_QUERY] });

  const poster = context.data?.myGigPoster ?? null;
  const employer = context.data?.myEmployer ?? null;
  const homeRegion = seeker ? poster?.regionCode : employer?.region.code;
  const initialValues = useMemo(() => emptyGigForm(homeRegion), [homeRegion]);
  const existing = editing.data?.gig;

  useEffect(() => {
    if (existing) form.setFieldsValue(toGigFormValues(existing));
  }, [existing, form]);

  if (context.error && !context.data) return <QueryErrorResult error={context.error} onRetry={() => void context.refetch()} />;
  if (!context.data || (id && !editing.data && !editing.error)) return <PageLoading />;
  if (id && editing.error) return <QueryErrorResult error={editing.error} onRetry={() => void editing.refetch()} />;

  const submit = async (values: GigFormValues) => {
    try {
      const input = toGigInput(values);
      const { data } = id ? await update({ variables: { id, input } }) : await create({ variables: { input, idempotencyKey } });
      const gig = data && ('updateGig' in data ? data.updateGig : data.createGig);
      if (gig) setSaved(gig);
    } catch (e) {
      handleError(e, {
        form,
        fieldMap: GIG_FIELD_MAP,
        onCode: { [ErrorCode.EMPLOYER_PROFILE_REQUIRED]: () => (seeker ? (void context.refetch(), true) : false) },
      });
    }
  };

  const postAnother = () => {
    if (id) {
      navigate('/gigs/post');
      return;
    }
    setSaved(null);
    setIdempotencyKey(newIdempotencyKey());
    form.resetFields();
  };

  const body = () => {
    if (saved) return <GigPostResult gig={saved} onPostAnother={postAnother} />;
    if (seeker && !poster)
      return (
        <PosterRegistrationForm
          fullName={context.data.myJobSeekerProfile?.fullName ?? user?.displayName}
          regionCode={context.data.myJobSeekerProfile?.residenceRegion?.code ?? user?.regionCode}
          onRegistered={() => void context.refetch()}
        />
      );
    if (!seeker && !employer)
      return (
        <Result
          status="info"
          title={t('gigs.post.companyRequired')}
          extra={
            <Link to="/employer/company">
              <Button type="primary">{t('gigs.post.goCompany')}</Button>
            </Link>
          }
          data-testid="gig-company-required"
        />
      );
    const hint = seeker
      ? poster?.trusted
        ? t('gigs.post.individualTrustedHint')
        : t('gigs.post.individualHint')
      : employer?.verificationStatus === VerificationStatus.VERIFIED
        ? t('gigs.post.verifiedHint')
        : t('gigs.post.unverifiedHint');
    return (
      <GigForm
        form={form}
        initialValues={initialValues}
        submitting={createState.loading || updateState.loading}
        submitLabel={id ? t('gigs.post.saveChanges') : t('gigs.post.submit')}
        onSubmit={(v) => void submit(v)}
        notice={
          <>
            {seeker && poster ? (
              <Alert type="success" showIcon title={t('gigs.register.registered', { name: poster.realName, id: poster.idNumberMasked })} />
            ) : null}
            <Alert type="info" showIcon title={hint} data-testid="gig-post-hint" />
          </>
        }
      />
    );
  };

  return (
    <div className="page page-narrow" data-testid="post-gig-page">
      <PageHeader
        title={id ? t('gigs.post.editTitle') : t('gigs.post.title')}
        subtitle={t('gigs.post.intro')}
        extra={
          <Link to="/gigs/posted">
            <Button>{t('gigs.result.posted')}</Button>
          </Link>
        }
      />
      {body()}
    </div>
  );
}
