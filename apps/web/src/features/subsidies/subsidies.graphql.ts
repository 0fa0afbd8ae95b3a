import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CreateSubsidyPaymentBatchMutation,
  CreateSubsidyPaymentBatchMutationVariables,
  DecideSubsidyMutation,
  DecideSubsidyMutationVariables,
  EstimateSubsidiesQuery,
  EstimateSubsidiesQueryVariables,
  HireSubsidyFieldsFragment,
  MySubsidiesQuery,
  MySubsidiesQueryVariables,
  PolicyPackQuery,
  PolicyPackQueryVariables,
  PolicyPacksQuery,
  PolicyPacksQueryVariables,
  RegionPolicyPackQuery,
  RegionPolicyPackQueryVariables,
  SubsidyPaymentExportQuery,
  SubsidyPaymentExportQueryVariables,
  SubsidyPaymentsQuery,
  SubsidyPaymentsQueryVariables,
  SubsidyProposalFieldsFragment,
  SubsidyProposalsQuery,
  SubsidyProposalsQueryVariables,
  SubsidyQueueCountQuery,
  SubsidyQueueCountQueryVariables,
  SupplySubsidyItemMutation,
  SupplySubsidyItemMutationVariables,
} from '../../graphql/generated/graphql';

/* ------------------------------------------------------------------------------------ policy pages (public) */

/** The packs for the list: all, or those covering a region (its own and the prefecture's and province's). */
export const POLICY_PACKS_QUERY: TypedDocumentNode<PolicyPacksQuery, PolicyPacksQueryVariables> = gql`
  query PolicyPacks($regionCode: String) {
    policyPacks(regionCode: $regionCode) {
      id
      regionCode
      regionName
      document
      doc
      validFrom
      validTo
      inForce
      rules {
        id
        name
        validFrom
        validTo
      }
    }
  }
`;

export type PolicyPackSummary = PolicyPacksQuery['policyPacks'][number];

/** The pack in force today for a region (county → prefecture → province), or null. */
export const REGION_POLICY_PACK_QUERY: TypedDocumentNode<RegionPolicyPackQuery, RegionPolicyPackQueryVariables> = gql`
  query RegionPolicyPack($regionCode: String!) {
    policyPack(regionCode: $regionCode) {
      id
      regionCode
      regionName
      document
      doc
      validFrom
      validTo
      inForce
      rules {
        id
        name
        validFrom
        validTo
      }
    }
  }
`;

/** One pack with every rule in plain Chinese and the "我能享受什么？" questions. */
export const POLICY_PACK_QUERY: TypedDocumentNode<PolicyPackQuery, PolicyPackQueryVariables> = gql`
  query PolicyPack($id: String!) {
    policyPack(id: $id) {
      id
      regionCode
      regionName
      document
      doc
      validFrom
      validTo
      inForce
      minimumWageYuan
      minimumWageSource
      rules {
        id
        name
        summary
        citation {
          doc
          clause
          quote
        }
        trigger
        triggerLabel
        beneficiary
        beneficiaryLabel
        conditions
        amount
        notTogetherWith
        caps
        validFrom
        validTo
      }
      questions {
        key
        text
        type
      }
    }
  }
`;

export type PolicyPackData = NonNullable<PolicyPackQuery['policyPack']>;
export type PolicyRuleData = PolicyPackData['rules'][number];
export type SubsidyQuestionData = PolicyPackData['questions'][number];

/** "What would I get?": the answers judged by the engine; nothing is stored. */
export const ESTIMATE_SUBSIDIES_QUERY: TypedDocumentNode<EstimateSubsidiesQuery, EstimateSubsidiesQueryVariables> = gql`
  query EstimateSubsidies($regionCode: String!, $answers: SubsidyAnswersInput!) {
    estimateSubsidies(regionCode: $regionCode, answers: $answers) {
      packId
      lines {
        ruleId
        ruleName
        verdict
        amountYuan
        amountNote
        beneficiary
        reasons
        missing
      }
      notEligible {
        ruleId
        ruleName
        reason
      }
    }
  }
`;

export type SubsidyEstimateData = EstimateSubsidiesQuery['estimateSubsidies'];

/* ------------------------------------------------------------------------------------ proposals */

/**
 * What a hire brings, as the employer sees it on the applicant ("预计可享受 …"): selected by the hire's
 * `moveApplication` for that one application only, never by the applicants list (each costs a judgement).
 */
export const HIRE_SUBSIDY_FIELDS: TypedDocumentNode<HireSubsidyFieldsFragment> = gql`
  fragment HireSubsidyFields on SubsidyProposal {
    id
    ruleName
    status
    amountYuan
    amountNote
    missing
    conditions {
      kind
      status
      text
    }
    citation {
      doc
      clause
      quote
    }
  }
`;

export type HireSubsidyData = HireSubsidyFieldsFragment;

/** A proposal as its beneficiary and the officers see it (the officers' queue adds who, where and the audit trail). */
export const SUBSIDY_PROPOSAL_FIELDS: TypedDocumentNode<SubsidyProposalFieldsFragment> = gql`
  fragment SubsidyProposalFields on SubsidyProposal {
    ...HireSubsidyFields
    ruleId
    packId
    beneficiary
    amountFen
    eventDate
    evidence {
      kind
      id
      label
    }
    employerName
    personName
    requestedItem
    supplied
    decisionReason
    decidedAt
    createdAt
    payment {
      id
      reference
      amountYuan
      paidOn
    }
  }
  ${HIRE_SUBSIDY_FIELDS}
`;

export type SubsidyProposalData = SubsidyProposalFieldsFragment;

/** The employer's (every company it acts for) or the worker's own subsidies, with totals. */
export const MY_SUBSIDIES_QUERY: TypedDocumentNode<MySubsidiesQuery, MySubsidiesQueryVariables> = gql`
  query MySubsidies {
    mySubsidies {
      pendingYuan
      approvedYuan
      paidYuan
      proposals {
        ...SubsidyProposalFields
      }
    }
  }
  ${SUBSIDY_PROPOSAL_FIELDS}
`;

export const SUPPLY_SUBSIDY_ITEM_MUTATION: TypedDocumentNode<SupplySubsidyItemMutation, SupplySubsidyItemMutationVariables> = gql`
  mutation SupplySubsidyItem($input: SupplySubsidyItemInput!) {
    supplySubsidyItem(input: $input) {
      ...SubsidyProposalFields
    }
  }
  ${SUBSIDY_PROPOSAL_FIELDS}
`;

/* ------------------------------------------------------------------------------------ the bureau's queue */

/** The region's proposals, oldest first, with who, where and every step taken. */
export const SUBSIDY_PROPOSALS_QUERY: TypedDocumentNode<SubsidyProposalsQuery, SubsidyProposalsQueryVariables> = gql`
  query SubsidyProposals($regionCode: String, $status: [SubsidyStatus!], $first: Int, $after: String) {
    subsidyProposals(regionCode: $regionCode, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...SubsidyProposalFields
          regionCode
          personIdMasked
          audit {
            id
            action
            actorName
            packId
            note
            at
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${SUBSIDY_PROPOSAL_FIELDS}
`;

export type QueueProposalData = SubsidyProposalsQuery['subsidyProposals']['edges'][number]['node'];

/** How many proposals wait for the officer (proposed, or answered after a request): for the officer's home page. */
export const SUBSIDY_QUEUE_COUNT_QUERY: TypedDocumentNode<SubsidyQueueCountQuery, SubsidyQueueCountQueryVariables> = gql`
  query SubsidyQueueCount($status: [SubsidyStatus!]) {
    subsidyProposals(status: $status, first: 1) {
      totalCount
    }
  }
`;

export const DECIDE_SUBSIDY_MUTATION: TypedDocumentNode<DecideSubsidyMutation, DecideSubsidyMutationVariables> = gql`
  mutation DecideSubsidy($input: DecideSubsidyInput!) {
    decideSubsidy(input: $input) {
      id
      status
      decisionReason
      requestedItem
      supplied
      decidedAt
    }
  }
`;

/* ------------------------------------------------------------------------------------ payments */

export const SUBSIDY_PAYMENTS_QUERY: TypedDocumentNode<SubsidyPaymentsQuery, SubsidyPaymentsQueryVariables> = gql`
  query SubsidyPayments($regionCode: String) {
    subsidyPayments(regionCode: $regionCode) {
      id
      reference
      regionCode
      paidOn
      count
      totalYuan
      createdAt
      payments {
        id
        reference
        amountYuan
      }
    }
  }
`;

export type PaymentBatchData = SubsidyPaymentsQuery['subsidyPayments'][number];

export const CREATE_SUBSIDY_PAYMENT_BATCH_MUTATION: TypedDocumentNode<
  CreateSubsidyPaymentBatchMutation,
  CreateSubsidyPaymentBatchMutationVariables
> = gql`
  mutation CreateSubsidyPaymentBatch($input: SubsidyPaymentBatchInput!) {
    createSubsidyPaymentBatch(input: $input) {
      id
      reference
      regionCode
      paidOn
      count
      totalYuan
      createdAt
      payments {
        id
        reference
        amountYuan
      }
    }
  }
`;

/** The batch as the bank / finance file (CSV, UTF-8 with a BOM); read on demand, never cached. */
export const SUBSIDY_PAYMENT_EXPORT_QUERY: TypedDocumentNode<SubsidyPaymentExportQuery, SubsidyPaymentExportQueryVariables> = gql`
  query SubsidyPaymentExport($batchId: ID!) {
    subsidyPaymentExport(batchId: $batchId)
  }
`;
