import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AddProjectWorkerMutation,
  AddProjectWorkerMutationVariables,
  CreateProjectMutation,
  CreateProjectMutationVariables,
  EndProjectWorkerMutation,
  EndProjectWorkerMutationVariables,
  ImportProjectWorkersMutation,
  ImportProjectWorkersMutationVariables,
  LabourPayFieldsFragment,
  LocalHiringFieldsFragment,
  OwnerCandidatesQuery,
  OwnerCandidatesQueryVariables,
  PreviewProjectHireQuery,
  PreviewProjectHireQueryVariables,
  ProjectDetailQuery,
  ProjectDetailQueryVariables,
  ProjectEditFieldsFragment,
  ProjectLocalHiringFragment,
  ProjectOptionsQuery,
  ProjectOptionsQueryVariables,
  ProjectRowFieldsFragment,
  ProjectWorkersQuery,
  ProjectWorkersQueryVariables,
  ProjectsQuery,
  ProjectsQueryVariables,
  RecordLabourPaymentMutation,
  RecordLabourPaymentMutationVariables,
  RosterWorkerFieldsFragment,
  UpdateProjectMutation,
  UpdateProjectMutationVariables,
} from '../../graphql/generated/graphql';

// LocalHiring is a value object stored inside its project (graphql/client.ts): every selection takes all its fields,
// so a live push (the same shape, libs/contracts LocalHiringSnapshot) can replace it whole.
export const LOCAL_HIRING_FIELDS: TypedDocumentNode<LocalHiringFieldsFragment> = gql`
  fragment LocalHiringFields on LocalHiring {
    threshold
    totalWorkers
    localWorkers
    ratio
    compliant
    shortfall
    status
  }
`;

/** Local hiring on one day (today, or a day of the history): the same shape the /projects socket pushes. */
export type LocalHiring = LocalHiringFieldsFragment;

/**
 * What a live push changes: written into the cache by `writeLocalHiring`, with the typenames the cache adds to every
 * selection (the generated type leaves them out).
 */
export const PROJECT_LOCAL_HIRING_FRAGMENT: TypedDocumentNode<
  ProjectLocalHiringFragment & { __typename: 'Project'; localHiring: { __typename: 'LocalHiring' } }
> = gql`
  fragment ProjectLocalHiring on Project {
    id
    localHiring {
      ...LocalHiringFields
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

export type ProjectRow = ProjectRowFieldsFragment;

const PROJECT_ROW_FIELDS: TypedDocumentNode<ProjectRowFieldsFragment> = gql`
  fragment ProjectRowFields on Project {
    id
    name
    kind
    status
    plannedWorkforce
    startDate
    employer {
      id
      name
      creditCode
    }
    region {
      code
      name
      fullName
    }
    localHiring {
      ...LocalHiringFields
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

/**
 * The projects the caller may see (employers: their own; officers: their region), risk first by default.
 * A row costs about 38 in the API's complexity limit (2000, __typename included): pages of `PROJECT_PAGE_SIZE`.
 */
export const PROJECT_PAGE_SIZE = 40;

export const PROJECTS_QUERY: TypedDocumentNode<ProjectsQuery, ProjectsQueryVariables> = gql`
  query Projects(
    $status: ProjectStatus
    $localHiringStatus: LocalHiringStatus
    $kind: ProjectKind
    $regionCode: String
    $sort: ProjectSort
    $first: Int
    $after: String
  ) {
    projects(
      status: $status
      localHiringStatus: $localHiringStatus
      kind: $kind
      regionCode: $regionCode
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          ...ProjectRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PROJECT_ROW_FIELDS}
`;

/** The employer's projects for the job editor's 所属项目 select. */
export const PROJECT_OPTIONS_QUERY: TypedDocumentNode<ProjectOptionsQuery, ProjectOptionsQueryVariables> = gql`
  query ProjectOptions($first: Int, $sort: ProjectSort) {
    projects(first: $first, sort: $sort) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const LABOUR_PAY_FIELDS: TypedDocumentNode<LabourPayFieldsFragment> = gql`
  fragment LabourPayFields on LabourPay {
    investment
    labourPaid
    threshold
    share
    compliant
    shortfall
    payments {
      id
      amount
      paidOn
      note
    }
  }
`;

/** 以工代赈: labour pay against the investment (amounts in yuan as decimal strings). */
export type LabourPay = LabourPayFieldsFragment;

export type LabourPayment = LabourPay['payments'][number];

export const PROJECT_QUERY: TypedDocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables> = gql`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      kind
      status
      employerId
      regionCode
      localScope
      localScopeRegionCode
      breachRule
      thresholdSource
      plannedWorkforce
      startDate
      endDate
      localFirstDays
      investment
      povertyAlleviatedWorkers
      createdAt
      employer {
        id
        name
        creditCode
      }
      region {
        code
        name
        fullName
      }
      localScopeRegion {
        code
        name
        fullName
      }
      localHiring {
        ...LocalHiringFields
      }
      localHiringHistory {
        date
        ratio
        totalWorkers
        localWorkers
        status
      }
      labourPay {
        ...LabourPayFields
      }
      acknowledgements(first: 50) {
        id
        change
        reason
        workerCount
        actorName
        actorRole
        createdAt
        before {
          ...LocalHiringFields
        }
        after {
          ...LocalHiringFields
        }
      }
      jobPostings {
        id
        title
        status
      }
    }
  }
  ${LOCAL_HIRING_FIELDS}
  ${LABOUR_PAY_FIELDS}
`;

export type ProjectDetail = ProjectDetailQuery['project'];

export type ProjectAcknowledgement = ProjectDetail['acknowledgements'][number];

export type RosterWorker = RosterWorkerFieldsFragment;

const ROSTER_WORKER_FIELDS: TypedDocumentNode<RosterWorkerFieldsFragment> = gql`
  fragment RosterWorkerFields on ProjectWorker {
    id
    fullName
    idNumberMasked
    hukouRegionCode
    hukouRegion {
      code
      name
      fullName
    }
    local
    active
    trade
    startDate
    endDate
    endReason
    povertyAlleviated
    source
  }
`;

export const PROJECT_WORKERS_QUERY: TypedDocumentNode<ProjectWorkersQuery, ProjectWorkersQueryVariables> = gql`
  query ProjectWorkers($id: ID!, $activeOnly: Boolean, $first: Int, $after: String) {
    project(id: $id) {
      id
      workers(activeOnly: $activeOnly, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...RosterWorkerFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${ROSTER_WORKER_FIELDS}
`;

const PROJECT_EDIT_FIELDS: TypedDocumentNode<ProjectEditFieldsFragment> = gql`
  fragment ProjectEditFields on Project {
    id
    name
    kind
    status
    employerId
    regionCode
    localScope
    breachRule
    thresholdSource
    plannedWorkforce
    startDate
    endDate
    localFirstDays
    investment
    localHiring {
      ...LocalHiringFields
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

export type SavedProject = ProjectEditFieldsFragment;

export const CREATE_PROJECT_MUTATION: TypedDocumentNode<CreateProjectMutation, CreateProjectMutationVariables> = gql`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...ProjectEditFields
    }
  }
  ${PROJECT_EDIT_FIELDS}
`;

export const UPDATE_PROJECT_MUTATION: TypedDocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables> = gql`
  mutation UpdateProject($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...ProjectEditFields
    }
  }
  ${PROJECT_EDIT_FIELDS}
`;

export const ADD_PROJECT_WORKER_MUTATION: TypedDocumentNode<AddProjectWorkerMutation, AddProjectWorkerMutationVariables> = gql`
  mutation AddProjectWorker($input: AddProjectWorkerInput!) {
    addProjectWorker(input: $input) {
      ...RosterWorkerFields
    }
  }
  ${ROSTER_WORKER_FIELDS}
`;

export const END_PROJECT_WORKER_MUTATION: TypedDocumentNode<EndProjectWorkerMutation, EndProjectWorkerMutationVariables> = gql`
  mutation EndProjectWorker($input: EndProjectWorkerInput!) {
    endProjectWorker(input: $input) {
      ...RosterWorkerFields
    }
  }
  ${ROSTER_WORKER_FIELDS}
`;

export const IMPORT_PROJECT_WORKERS_MUTATION: TypedDocumentNode<ImportProjectWorkersMutation, ImportProjectWorkersMutationVariables> = gql`
  mutation ImportProjectWorkers($input: ImportProjectWorkersInput!) {
    importProjectWorkers(input: $input) {
      imported
      errors {
        line
        field
        code
        message
      }
      project {
        id
        localHiring {
          ...LocalHiringFields
        }
      }
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

export type ImportResult = ImportProjectWorkersMutation['importProjectWorkers'];

/** A row of the CSV the import refused (the header is line 1), with the field and the reason. */
export type RosterRowError = ImportResult['errors'][number];

export const PREVIEW_PROJECT_HIRE_QUERY: TypedDocumentNode<PreviewProjectHireQuery, PreviewProjectHireQueryVariables> = gql`
  query PreviewProjectHire($input: PreviewProjectHireInput!) {
    previewProjectHire(input: $input) {
      change
      local
      breaches
      allowed
      requiresAcknowledgement
      breachRule
      before {
        ...LocalHiringFields
      }
      after {
        ...LocalHiringFields
      }
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

export const RECORD_LABOUR_PAYMENT_MUTATION: TypedDocumentNode<RecordLabourPaymentMutation, RecordLabourPaymentMutationVariables> = gql`
  mutation RecordLabourPayment($input: RecordLabourPaymentInput!) {
    recordLabourPayment(input: $input) {
      id
      labourPay {
        ...LabourPayFields
      }
    }
  }
  ${LABOUR_PAY_FIELDS}
`;

export type OwnerCandidate = OwnerCandidatesQuery['employersInRegion'][number];

/** Employers of the officer's region by name or credit code (the whole region, verified first, without a keyword). */
export const OWNER_CANDIDATES_QUERY: TypedDocumentNode<OwnerCandidatesQuery, OwnerCandidatesQueryVariables> = gql`
  query OwnerCandidates($keyword: String, $first: Int!) {
    employersInRegion(keyword: $keyword, first: $first) {
      id
      name
      creditCode
      region {
        code
        name
      }
    }
  }
`;
