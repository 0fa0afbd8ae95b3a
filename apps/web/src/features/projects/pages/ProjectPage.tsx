import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ErrorCode, Role } from '@jobbridge/contracts';
import { App, Button, Col, Flex, Result, Row } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { hasErrorCode } from '../../../shared/errors';
import { useLocalHiringChanges } from '../../../shared/realtime/use-local-hiring-changes';
import { useAuth } from '../../auth';
import { ProjectFairButton } from '../../job-fairs/components/ProjectFairButton';
import { AcknowledgementsCard } from '../components/AcknowledgementsCard';
import { HirePreviewCard } from '../components/HirePreviewCard';
import { LabourPayCard } from '../components/LabourPayCard';
import { LocalHiringHistoryChart } from '../components/LocalHiringHistoryChart';
import { LocalHiringSummary } from '../components/LocalHiringSummary';
import { ProjectFacts } from '../components/ProjectFacts';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { ProjectJobsCard } from '../components/ProjectJobsCard';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { RosterCard } from '../components/RosterCard';
import { writeLocalHiring } from '../local-hiring';
import { PROJECT_QUERY } from '../projects.graphql';
import { useLocalHiringGuard } from '../use-local-hiring-guard';

/** Pushes come in bursts (an import, a hire and its exit): refetch the page's lists once they settle. */
const REFRESH_DELAY_MS = 250;

/**
 * /projects/:id, for the owner and officers over the region: the ratio gauge against the threshold, its history,
 * the roster (add, import, end) under the breach rule, 招用试算, labour pay for 以工代赈, and the acknowledgements
 * log. Live over socket.io (`project.watch`): the figures change at once, the lists follow.
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { role } = useAuth();
  const client = useApolloClient();
  const officer = role === Role.OFFICER || role === Role.ADMIN;
  const [editing, setEditing] = useState(false);
  const { guard, dialog } = useLocalHiringGuard();
  const { data, error, refetch } = useQuery(PROJECT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const project = data?.project;

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refreshSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void client.refetchQueries({ include: ['ProjectDetail', 'ProjectWorkers'] }), REFRESH_DELAY_MS);
  }, [client]);

  const live = useLocalHiringChanges(id ? { projectId: id } : null, (event) => {
    writeLocalHiring(client.cache, event);
    refreshSoon();
  });

  if (error && !project) {
    return hasErrorCode(error, ErrorCode.FORBIDDEN) ||
      hasErrorCode(error, ErrorCode.NOT_FOUND) ||
      hasErrorCode(error, ErrorCode.VALIDATION_FAILED) ? (
      <Result status="404" title={t('projects.detail.notFound')} />
    ) : (
      <QueryErrorResult error={error} onRetry={() => void refetch()} />
    );
  }
  if (!project) return <PageLoading />;

  const backTo = officer ? '/bureau/projects' : '/employer/projects';

  return (
    <div className="page" data-testid="project-page" data-project-id={project.id} data-live={live ? 'true' : 'false'}>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="project-title">{project.name}</span>
            <ProjectStatusTag status={project.status} />
          </Flex>
        }
        subtitle={`${project.employer.name} · ${project.region.fullName} · ${label('projectKind', project.kind)}`}
        extra={
          <>
            {role === Role.OFFICER && (project.localHiring.status === 'AT_RISK' || project.localHiring.status === 'BREACH') ? (
              <ProjectFairButton projectId={project.id} />
            ) : null}
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">
              {t('projects.detail.edit')}
            </Button>
            <Link to={backTo}>
              <Button icon={<ArrowLeftOutlined />}>{t('projects.detail.back')}</Button>
            </Link>
          </>
        }
      />
      <Flex vertical gap={16}>
        <ProjectFacts project={project} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <LocalHiringSummary project={project} live={live} />
          </Col>
          <Col xs={24} lg={10}>
            <HirePreviewCard projectId={project.id} localHiring={project.localHiring} />
          </Col>
        </Row>
        <LocalHiringHistoryChart history={project.localHiringHistory} threshold={project.localHiring.threshold} />
        <RosterCard projectId={project.id} guard={guard} onChanged={() => void refetch()} />
        {project.labourPay ? <LabourPayCard projectId={project.id} labourPay={project.labourPay} /> : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <AcknowledgementsCard acknowledgements={project.acknowledgements} />
          </Col>
          <Col xs={24} lg={8}>
            <ProjectJobsCard jobs={project.jobPostings} />
          </Col>
        </Row>
      </Flex>
      {dialog}
      <ProjectFormModal
        open={editing}
        officer={officer}
        project={project}
        owner={project.employer}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void message.success(t('projects.form.updated'));
        }}
      />
    </div>
  );
}
