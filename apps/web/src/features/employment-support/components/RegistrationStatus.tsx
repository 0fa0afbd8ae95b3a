import { UnemploymentRegistrationStatus } from '@jobbridge/contracts';
import { Alert, Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyRegistration } from '../employment-support.graphql';
import { FollowUpTimeline } from './FollowUpTimeline';
import { RegionLabel } from './RegionLabel';

/**
 * The seeker's registration and the help on offer: the facts they gave, the household (零就业家庭 flagged), when the
 * bureau will next contact them, the follow-ups with what was recommended (the officers' notes stay with the bureau),
 * and the job fairs coming up where they live.
 */
export function RegistrationStatus({ registration: r, onRegisterAgain }: { registration: MyRegistration; onRegisterAgain: () => void }) {
  const { t } = useTranslation();
  const active = r.status === UnemploymentRegistrationStatus.ACTIVE;
  const c = r.supportCase;
  return (
    <Flex vertical gap={12} data-testid="unemployment-status" data-status={r.status}>
      {active ? null : (
        <Alert
          type="success"
          showIcon
          title={t('employmentSupport.status.closed', { date: (r.closedAt ?? '').slice(0, 10) })}
          action={
            <Button size="small" onClick={onRegisterAgain} data-testid="unemployment-register-again">
              {t('employmentSupport.status.registerAgain')}
            </Button>
          }
        />
      )}
      <Card
        size="small"
        title={t('employmentSupport.status.title')}
        extra={
          <Tag color={active ? 'blue' : 'green'} data-testid="unemployment-status-tag">
            {t(`employmentSupport.registrationStatus.${r.status}`)}
          </Tag>
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('employmentSupport.status.registeredOn')}>{r.registeredOn}</Descriptions.Item>
          <Descriptions.Item label={t('employmentSupport.status.region')}>
            <RegionLabel code={r.regionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('employmentSupport.status.reason')}>{t(`employmentSupport.reason.${r.reason}`)}</Descriptions.Item>
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
          <Descriptions.Item label={t('employmentSupport.status.idNumber')}>{r.idNumberMasked}</Descriptions.Item>
          {r.difficultyCategories.length ? (
            <Descriptions.Item label={t('employmentSupport.status.difficulty')}>
              {r.difficultyCategories.map((g) => (
                <Tag key={g}>{t(`enums.priorityGroup.${g}`)}</Tag>
              ))}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('employmentSupport.status.household')}>
            <Flex gap={6} wrap align="center">
              <span>
                {t('employmentSupport.status.householdText', {
                  name: r.household.headName,
                  members: r.household.workingAgeMembers,
                  employed: r.household.employedMembers,
                })}
              </span>
              {r.household.zeroEmployment ? (
                <Tag color="red" data-testid="unemployment-zero-employment">
                  {t('employmentSupport.status.zeroEmployment')}
                </Tag>
              ) : null}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {c ? (
        <Card size="small" title={t('employmentSupport.status.help')} data-testid="unemployment-help">
          <Flex vertical gap={12}>
            {active ? (
              <Alert
                type={c.overdue ? 'warning' : 'info'}
                showIcon
                data-testid="unemployment-next-contact"
                title={
                  c.overdue
                    ? t('employmentSupport.status.nextContactOverdue')
                    : t('employmentSupport.status.nextContact', { date: c.nextFollowUpDue })
                }
              />
            ) : null}
            <div>
              <Typography.Title level={5}>{t('employmentSupport.status.followUps')}</Typography.Title>
              <FollowUpTimeline followUps={c.followUps} emptyText={t('employmentSupport.status.noFollowUps')} />
            </div>
            <div>
              <Typography.Title level={5}>{t('employmentSupport.status.upcomingFairs')}</Typography.Title>
              {c.upcomingFairs.length ? (
                <List
                  size="small"
                  dataSource={c.upcomingFairs}
                  renderItem={(f) => (
                    <List.Item key={f.id}>
                      <Link to={`/fairs/${f.id}`} data-testid="unemployment-fair">
                        {f.name}
                      </Link>
                      <Typography.Text type="secondary">
                        {f.startDate === f.endDate ? f.startDate : `${f.startDate} ~ ${f.endDate}`}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Text type="secondary">{t('employmentSupport.status.noFairs')}</Typography.Text>
              )}
            </div>
            <Link to="/me/recommendations" data-testid="unemployment-more-jobs">
              <Button>{t('employmentSupport.status.moreJobs')}</Button>
            </Link>
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
