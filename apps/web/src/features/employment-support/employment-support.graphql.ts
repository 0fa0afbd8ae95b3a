import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CaseloadQuery,
  CaseloadQueryVariables,
  CaseloadSummaryQuery,
  CaseloadSummaryQueryVariables,
  HouseholdFieldsFragment,
  LogFollowUpMutation,
  LogFollowUpMutationVariables,
  MyUnemploymentRegistrationQuery,
  MyUnemploymentRegistrationQueryVariables,
  RegisterUnemploymentMutation,
  RegisterUnemploymentMutationVariables,
  SupportCaseDetailQuery,
  SupportCaseDetailQueryVariables,
  SupportCaseListFieldsFragment,
  SupportFollowUpFieldsFragment,
  UnemploymentProfileQuery,
  UnemploymentProfileQueryVariables,
  UnemploymentRegistrationFieldsFragment,
  ZeroEmploymentHouseholdsQuery,
  ZeroEmploymentHouseholdsQueryVariables,
} from '../../graphql/generated/graphql';
import { JOB_MATCH_SCORE_FIELDS } from '../../shared/components/match-info.graphql';

/* ------------------------------------------------------------------------------------ shared selections */

export const HOUSEHOLD_FIELDS: TypedDocumentNode<HouseholdFieldsFragment> = gql`
  fragment HouseholdFields on Household {
    id
    regionCode
    headName
    headIdNumberMasked
    workingAgeMembers
    employedMembers
    zeroEmployment
    registeredMembers
    firstRegisteredOn
  }
`;

export const REGISTRATION_FIELDS: TypedDocumentNode<UnemploymentRegistrationFieldsFragment> = gql`
  fragment UnemploymentRegistrationFields on UnemploymentRegistration {
    id
    regionCode
    registeredOn
    reason
    lastEmployerName
    lastJobEndedMonth
    wantsJob
    difficultyCategories
    idNumberMasked
    status
    closedReason
    closedAt
  }
`;

export const FOLLOW_UP_FIELDS: TypedDocumentNode<SupportFollowUpFieldsFragment> = gql`
  fragment SupportFollowUpFields on SupportFollowUp {
    id
    contactedOn
    channel
    outcome
    note
    officerName
    recommendedJobs {
      id
      title
      status
      employer {
        id
        name
      }
    }
    recommendedFairs {
      id
      name
      startDate
      endDate
    }
  }
`;

/** A case as the caseload lists it: who, why, when next, and how it stands. */
export const CASE_LIST_FIELDS: TypedDocumentNode<SupportCaseListFieldsFragment> = gql`
  fragment SupportCaseListFields on SupportCase {
    id
    kind
    status
    regionCode
    openedOn
    lastContactOn
    nextFollowUpDue
    overdue
    standing
    outcome
    closedAt
    person {
      seekerProfileId
      fullName
      idNumberMasked
      phoneMasked
      priorityGroups
    }
  }
`;

export type HouseholdData = HouseholdFieldsFragment;
export type RegistrationData = UnemploymentRegistrationFieldsFragment;
export type FollowUpData = SupportFollowUpFieldsFragment;
export type CaseListData = SupportCaseListFieldsFragment;

/* ------------------------------------------------------------------------------------ the seeker */

export const MY_UNEMPLOYMENT_REGISTRATION_QUERY: TypedDocumentNode<
  MyUnemploymentRegistrationQuery,
  MyUnemploymentRegistrationQueryVariables
> = gql`
  query MyUnemploymentRegistration {
    myUnemploymentRegistration {
      ...UnemploymentRegistrationFields
      household {
        ...HouseholdFields
      }
      supportCase {
        id
        status
        nextFollowUpDue
        lastContactOn
        overdue
        outcome
        followUps {
          ...SupportFollowUpFields
        }
        upcomingFairs {
          id
          name
          regionCode
          startDate
          endDate
          status
        }
      }
    }
  }
  ${REGISTRATION_FIELDS}
  ${HOUSEHOLD_FIELDS}
  ${FOLLOW_UP_FIELDS}
`;

/** The labour profile's name and masked number: the form prefills the head's name and says which number to give. */
export const UNEMPLOYMENT_PROFILE_QUERY: TypedDocumentNode<UnemploymentProfileQuery, UnemploymentProfileQueryVariables> = gql`
  query UnemploymentProfile {
    myJobSeekerProfile {
      id
      fullName
      idNumberMasked
      residenceRegion {
        code
      }
    }
  }
`;

export type MyRegistration = NonNullable<MyUnemploymentRegistrationQuery['myUnemploymentRegistration']>;

export const REGISTER_UNEMPLOYMENT_MUTATION: TypedDocumentNode<RegisterUnemploymentMutation, RegisterUnemploymentMutationVariables> = gql`
  mutation RegisterUnemployment($input: RegisterUnemploymentInput!) {
    registerUnemployment(input: $input) {
      ...UnemploymentRegistrationFields
    }
  }
  ${REGISTRATION_FIELDS}
`;

/* ------------------------------------------------------------------------------------ officers */

export const CASELOAD_QUERY: TypedDocumentNode<CaseloadQuery, CaseloadQueryVariables> = gql`
  query Caseload($filter: CaseloadFilter, $regionCode: String, $first: Int, $after: String) {
    caseload(filter: $filter, regionCode: $regionCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SupportCaseListFields
        }
      }
    }
  }
  ${CASE_LIST_FIELDS}
`;

/** For the officer's home page: how many cases are due and how many households have nobody in work. */
export const CASELOAD_SUMMARY_QUERY: TypedDocumentNode<CaseloadSummaryQuery, CaseloadSummaryQueryVariables> = gql`
  query CaseloadSummary {
    caseload(filter: DUE, first: 1) {
      totalCount
    }
    zeroEmploymentHouseholds {
      id
    }
  }
`;

export const SUPPORT_CASE_QUERY: TypedDocumentNode<SupportCaseDetailQuery, SupportCaseDetailQueryVariables> = gql`
  query SupportCaseDetail($id: ID!) {
    supportCase(id: $id) {
      ...SupportCaseListFields
      employedByApplicationId
      person {
        seekerProfileId
        birthYear
        skills
        desiredOccupations
      }
      registration {
        ...UnemploymentRegistrationFields
      }
      household {
        ...HouseholdFields
        openCaseIds
      }
      followUps {
        ...SupportFollowUpFields
      }
      recommendedJobs(first: 5) {
        ...JobMatchScoreFields
        job {
          id
          title
          payMin
          payMax
          workRegion {
            code
            name
          }
          employer {
            id
            name
          }
        }
      }
      upcomingFairs {
        id
        name
        regionCode
        startDate
        endDate
        status
        mode
      }
    }
  }
  ${CASE_LIST_FIELDS}
  ${REGISTRATION_FIELDS}
  ${HOUSEHOLD_FIELDS}
  ${FOLLOW_UP_FIELDS}
  ${JOB_MATCH_SCORE_FIELDS}
`;

export type SupportCaseDetail = SupportCaseDetailQuery['supportCase'];

export const LOG_FOLLOW_UP_MUTATION: TypedDocumentNode<LogFollowUpMutation, LogFollowUpMutationVariables> = gql`
  mutation LogFollowUp($input: LogFollowUpInput!) {
    logFollowUp(input: $input) {
      ...SupportCaseListFields
      followUps {
        ...SupportFollowUpFields
      }
    }
  }
  ${CASE_LIST_FIELDS}
  ${FOLLOW_UP_FIELDS}
`;

export const ZERO_EMPLOYMENT_HOUSEHOLDS_QUERY: TypedDocumentNode<ZeroEmploymentHouseholdsQuery, ZeroEmploymentHouseholdsQueryVariables> =
  gql`
    query ZeroEmploymentHouseholds($regionCode: String) {
      zeroEmploymentHouseholds(regionCode: $regionCode) {
        ...HouseholdFields
        openCaseIds
      }
    }
    ${HOUSEHOLD_FIELDS}
  `;
