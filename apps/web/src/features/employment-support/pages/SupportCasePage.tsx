import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { MatchScore } from '../../../shared/components/MatchInfo';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { formatPay } from '../../../shared/utils/format';
import { CaseStandingTag } from '../components/CaseStandingTag';
import { FollowUpForm } from '../components/FollowUpForm';
import { FollowUpTimeline } from '../components/FollowUpTimeline';
import { RegionLabel } from '../components/RegionLabel';
import { SUPPORT_CASE_QUERY } from '../employment-support.graphql';

/**
 * One person on the caseload (`/bureau/caseload/:id`): who they are (identity number and phone masked), the
 * registration and household, the follow-up history, the 记录跟进 form, and what can be offered: their best job matches
 * and the fairs coming up in their county.
 */
export function SupportCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SUPPORT_CASE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  const c = data.supportCase;
  const r = c.registration;
  const open = c.status === 'OPEN';

  return (
    <div className="page" data-testid="support-case-page" data-status={c.status} data-outcome={c.outcome ?? ''}>
      <PageHeader
        title={
          <Flex gap={8} wrap align="center">
            <span data-testid="support-case-name">{c.person.fullName}</span>
            <Tag>{t(`employmentSupport.kind.${c.kind}`)}</Tag>
            <CaseStandingTag standing={c.standing} />
            {c.outcome ? (
              <Tag color={c.outcome === 'EMPLOYED' ? 'green' : undefined} data-testid="support-case-outcome">
                {t(`employmentSupport.outcome.${c.outcome}`)}
              </Tag>
            ) : null}
          </Flex>
        }
        extra={
          <Link to="/bureau/caseload">
            <Button>{t('employmentSupport.case.back')}</Button>
          </Link>
        }
      />
      {c.employedByApplicationId ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('employmentSupport.case.employedBy')}
          data-testid="support-case-employed"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            <Card size="small" title={t('employmentSupport.case.person')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('employmentSupport.case.idNumber')}>
                  <span data-testid="support-case-id-number">{c.person.idNumberMasked ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('employmentSupport.case.phone')}>
                  <span data-testid="support-case-phone">{c.person.phoneMasked ?? '—'}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('employmentSupport.status.region')}>
                  <RegionLabel code={c.regionCode} />
                </Descriptions.Item>
                {c.person.priorityGroups.length ? (
                  <Descriptions.Item label={t('employmentSupport.case.groups')}>
                    <Flex gap={4} wrap>
                      {c.person.priorityGroups.map((g) => (
                        <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>
                      ))}
                    </Flex>
                  </Descriptions.Item>
                ) : null}
                {c.person.skills.length ? (
                  <Descriptions.Item label={t('employmentSupport.case.skills')}>{c.person.skills.join('、')}</Descriptions.Item>
                ) : null}
                {c.person.desiredOccupations.length ? (
                  <Descriptions.Item label={t('employmentSupport.case.wishes')}>{c.person.desiredOccupations.join('、')}</Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card size="small" title={t('employmentSupport.case.schedule')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('employmentSupport.caseload.opened')}>{c.openedOn}</Descriptions.Item>
                <Descriptions.Item label={t('employmentSupport.caseload.lastContact')}>
                  {c.lastContactOn ?? t('employmentSupport.caseload.never')}
                </Descriptions.Item>
                {open ? (
                  <Descriptions.Item label={t('employmentSupport.case.nextDue')}>
                    <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue} data-testid="support-case-due">
                      {c.nextFollowUpDue}
                    </Typography.Text>
                  </Descriptions.Item>
                ) : (
                  <Descriptions.Item label={t('employmentSupport.standing.CLOSED')}>{(c.closedAt ?? '').slice(0, 10)}</Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            {r ? (
              <Card size="small" title={t('employmentSupport.case.registration')}>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('employmentSupport.status.registeredOn')}>{r.registeredOn}</Descriptions.Item>
                  <Descriptions.Item label={t('employmentSupport.status.reason')}>
                    {t(`employmentSupport.reason.${r.reason}`)}
                  </Descriptions.Item>
                  {r.lastEmployerName || r.lastJobEndedMonth ? (
                    <Descriptions.Item label={t('employmentSupport.status.lastJob')}>
                      {[
                        r.lastEmployerName,
                        r.lastJobEndedMonth ? t('employmentSupport.status.lastJobEndedMonth', { month: r.lastJobEndedMonth }) : null,
                      ]
                        .filter(Boolean)
                        .join('，')}
                    </Descriptions.Item>
                  ) : null}
                  <Descriptions.Item label={t('employmentSupport.case.registrationStatus')}>
                    {t(`employmentSupport.registrationStatus.${r.status}`)}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
            ) : null}
            {c.household ? (
              <Card size="small" title={t('employmentSupport.case.household')}>
                <Flex gap={6} wrap align="center">
                  <span>
                    {t('employmentSupport.status.householdText', {
                      name: c.household.headName,
                      members: c.household.workingAgeMembers,
                      employed: c.household.employedMembers,
                    })}
                  </span>
                  {c.household.zeroEmployment ? (
                    <Tag color="red" data-testid="support-case-zero-employment">
                      {t('employmentSupport.households.title')}
                    </Tag>
                  ) : null}
                </Flex>
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            {open ? <FollowUpForm kase={c} /> : null}
            <Card size="small" title={t('employmentSupport.case.followUps')}>
              <FollowUpTimeline followUps={c.followUps} emptyText={t('employmentSupport.case.noFollowUps')} />
            </Card>
            {open ? (
              <Card size="small" title={t('employmentSupport.case.matches')}>
                {c.recommendedJobs.length ? (
                  <List
                    size="small"
                    dataSource={c.recommendedJobs}
                    renderItem={(m) => (
                      <List.Item key={m.job.id} data-testid="support-case-match">
                        <Flex vertical gap={2} style={{ minWidth: 0 }}>
                          <Link to={`/jobs/${m.job.id}`}>{m.job.title}</Link>
                          <Typography.Text type="secondary">
                            {m.job.employer?.name} · {formatPay(t, m.job.payMin, m.job.payMax)} · {m.job.workRegion.name}
                          </Typography.Text>
                          {m.reasons.length ? <Typography.Text type="secondary">{m.reasons.slice(0, 2).join('；')}</Typography.Text> : null}
                        </Flex>
                        <MatchScore score={m.score} />
                      </List.Item>
                    )}
                  />
                ) : (
                  <Empty description={t('employmentSupport.case.noMatches')} />
                )}
              </Card>
            ) : null}
            <Card size="small" title={t('employmentSupport.case.fairs')}>
              {c.upcomingFairs.length ? (
                <List
                  size="small"
                  dataSource={c.upcomingFairs}
                  renderItem={(f) => (
                    <List.Item key={f.id}>
                      <Link to={`/fairs/${f.id}`}>{f.name}</Link>
                      <Typography.Text type="secondary">
                        <RegionLabel code={f.regionCode} /> · {f.startDate}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Text type="secondary">{t('employmentSupport.case.noFairs')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
