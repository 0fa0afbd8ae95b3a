import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LocalHiringStatus, ProjectKind, ProjectStatus } from '@jobbridge/contracts';
import type {
  AddProjectWorkerInput,
  BreachAcknowledgement,
  Connection,
  Employer,
  EndProjectWorkerInput,
  ImportProjectWorkersInput,
  JobPosting,
  LabourPay,
  LocalHiring,
  LocalHiringDay,
  PageArgs,
  PreviewProjectHireInput,
  Project,
  ProjectInput,
  ProjectWorker,
  RecordLabourPaymentInput,
  Region,
  RosterImportResult,
  RosterPreview,
} from '../../graphql/types';

// LocalHiring is a value object stored inside its project (graphql/client.ts): every selection takes all its fields,
// so a live push (the same shape, libs/contracts LocalHiringSnapshot) can replace it whole.
export const LOCAL_HIRING_FIELDS = gql`
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

/** What a live push changes: written into the cache by `writeLocalHiring`. */
export const PROJECT_LOCAL_HIRING_FRAGMENT: TypedDocumentNode<{
  __typename: 'Project';
  id: string;
  localHiring: LocalHiring & { __typename: 'LocalHiring' };
}> = gql`
  fragment ProjectLocalHiring on Project {
    id
    localHiring {
      ...LocalHiringFields
    }
  }
  ${LOCAL_HIRING_FIELDS}
`;

export type ProjectRow = Pick<Project, 'id' | 'name' | 'kind' | 'status' | 'plannedWorkforce' | 'startDate' | 'localHiring'> & {
  employer: Pick<Employer, 'id' | 'name' | 'creditCode'>;
  region: Pick<Region, 'code' | 'name' | 'fullName'>;
};

const PROJECT_ROW_FIELDS = gql`
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

/** `ProjectSort` in the schema (API-only, not in libs/contracts). RISK is the default. */
export type ProjectSort = 'RISK' | 'NEWEST' | 'NAME';

export interface ProjectsVariables extends PageArgs {
  status?: ProjectStatus;
  localHiringStatus?: LocalHiringStatus;
  kind?: ProjectKind;
  regionCode?: string;
  sort?: ProjectSort;
}

/**
 * The projects the caller may see (employers: their own; officers: their region), risk first by default.
 * A row costs about 38 in the API's complexity limit (2000, __typename included): pages of `PROJECT_PAGE_SIZE`.
 */
export const PROJECT_PAGE_SIZE = 40;

export const PROJECTS_QUERY: TypedDocumentNode<{ projects: Connection<ProjectRow> }, ProjectsVariables> = gql`
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

export type ProjectOption = Pick<Project, 'id' | 'name' | 'status'>;

/** The employer's projects for the job editor's 所属项目 select. */
export const PROJECT_OPTIONS_QUERY: TypedDocumentNode<{ projects: Connection<ProjectOption> }, PageArgs & { sort?: ProjectSort }> = gql`
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

export type ProjectAcknowledgement = BreachAcknowledgement;

export type ProjectDetail = Pick<
  Project,
  | 'id'
  | 'name'
  | 'kind'
  | 'status'
  | 'employerId'
  | 'regionCode'
  | 'localScope'
  | 'localScopeRegionCode'
  | 'breachRule'
  | 'thresholdSource'
  | 'plannedWorkforce'
  | 'startDate'
  | 'endDate'
  | 'localFirstDays'
  | 'investment'
  | 'povertyAlleviatedWorkers'
  | 'localHiring'
  | 'labourPay'
  | 'acknowledgements'
  | 'createdAt'
> & {
  employer: Pick<Employer, 'id' | 'name' | 'creditCode'>;
  region: Pick<Region, 'code' | 'name' | 'fullName'>;
  localScopeRegion: Pick<Region, 'code' | 'name' | 'fullName'>;
  localHiringHistory: Pick<LocalHiringDay, 'date' | 'ratio' | 'totalWorkers' | 'localWorkers' | 'status'>[];
  jobPostings: Pick<JobPosting, 'id' | 'title' | 'status'>[];
};

const LABOUR_PAY_FIELDS = gql`
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

export const PROJECT_QUERY: TypedDocumentNode<{ project: ProjectDetail }, { id: string }> = gql`
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

export type RosterWorker = Pick<
  ProjectWorker,
  | 'id'
  | 'fullName'
  | 'idNumberMasked'
  | 'hukouRegionCode'
  | 'hukouRegion'
  | 'local'
  | 'active'
  | 'trade'
  | 'startDate'
  | 'endDate'
  | 'endReason'
  | 'povertyAlleviated'
  | 'source'
>;

const ROSTER_WORKER_FIELDS = gql`
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

export const PROJECT_WORKERS_QUERY: TypedDocumentNode<
  { project: { id: string; workers: Connection<RosterWorker> } },
  { id: string; activeOnly: boolean } & PageArgs
> = gql`
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

const PROJECT_EDIT_FIELDS = gql`
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

export type SavedProject = Pick<
  Project,
  | 'id'
  | 'name'
  | 'kind'
  | 'status'
  | 'employerId'
  | 'regionCode'
  | 'localScope'
  | 'breachRule'
  | 'thresholdSource'
  | 'plannedWorkforce'
  | 'startDate'
  | 'endDate'
  | 'localFirstDays'
  | 'investment'
  | 'localHiring'
>;

export const CREATE_PROJECT_MUTATION: TypedDocumentNode<{ createProject: SavedProject }, { input: ProjectInput }> = gql`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...ProjectEditFields
    }
  }
  ${PROJECT_EDIT_FIELDS}
`;

export const UPDATE_PROJECT_MUTATION: TypedDocumentNode<{ updateProject: SavedProject }, { id: string; input: ProjectInput }> = gql`
  mutation UpdateProject($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...ProjectEditFields
    }
  }
  ${PROJECT_EDIT_FIELDS}
`;

export const ADD_PROJECT_WORKER_MUTATION: TypedDocumentNode<{ addProjectWorker: RosterWorker }, { input: AddProjectWorkerInput }> = gql`
  mutation AddProjectWorker($input: AddProjectWorkerInput!) {
    addProjectWorker(input: $input) {
      ...RosterWorkerFields
    }
  }
  ${ROSTER_WORKER_FIELDS}
`;

export const END_PROJECT_WORKER_MUTATION: TypedDocumentNode<{ endProjectWorker: RosterWorker }, { input: EndProjectWorkerInput }> = gql`
  mutation EndProjectWorker($input: EndProjectWorkerInput!) {
    endProjectWorker(input: $input) {
      ...RosterWorkerFields
    }
  }
  ${ROSTER_WORKER_FIELDS}
`;

export type ImportResult = Pick<RosterImportResult, 'imported' | 'errors'> & {
  project: Pick<Project, 'id' | 'localHiring'>;
};

export const IMPORT_PROJECT_WORKERS_MUTATION: TypedDocumentNode<
  { importProjectWorkers: ImportResult },
  { input: ImportProjectWorkersInput }
> = gql`
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

export const PREVIEW_PROJECT_HIRE_QUERY: TypedDocumentNode<{ previewProjectHire: RosterPreview }, { input: PreviewProjectHireInput }> = gql`
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

export const RECORD_LABOUR_PAYMENT_MUTATION: TypedDocumentNode<
  { recordLabourPayment: Pick<Project, 'id'> & { labourPay: LabourPay | null } },
  { input: RecordLabourPaymentInput }
> = gql`
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

export type OwnerCandidate = Pick<Employer, 'id' | 'name' | 'creditCode'> & { region: Pick<Region, 'code' | 'name'> };

/** Employers of the officer's region by name or credit code (the whole region, verified first, without a keyword). */
export const OWNER_CANDIDATES_QUERY: TypedDocumentNode<{ employersInRegion: OwnerCandidate[] }, { keyword?: string; first: number }> = gql`
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
