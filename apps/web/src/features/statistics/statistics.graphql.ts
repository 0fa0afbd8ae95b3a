import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RegionStatisticsQuery, RegionStatisticsQueryVariables, StatsFiguresFieldsFragment } from '../../graphql/generated/graphql';

export const STATS_FIGURES_FIELDS: TypedDocumentNode<StatsFiguresFieldsFragment> = gql`
  fragment StatsFiguresFields on StatsFigures {
    postingsOpened
    postingsPublished
    postingsClosed
    seekersRegistered
    applications
    hires
    medianDaysToHire
    liveRoomsHeld
    fairsHeld
    fairTalks
    fairAgreements
    projects
    projectsAtRisk
    projectsInBreach
  }
`;

/** A region's figures per period and per direct child region (totals over the range), for the statistics page. */
export const REGION_STATISTICS_QUERY: TypedDocumentNode<RegionStatisticsQuery, RegionStatisticsQueryVariables> = gql`
  query RegionStatistics($regionCode: String!, $from: String, $to: String, $period: StatsPeriod, $priorityGroup: PriorityGroup) {
    regionStatistics(regionCode: $regionCode, from: $from, to: $to, period: $period, priorityGroup: $priorityGroup) {
      region {
        code
        name
        fullName
        level
      }
      period
      from
      to
      priorityGroup
      refreshedAt
      total {
        ...StatsFiguresFields
      }
      buckets {
        period
        start
        end
        figures {
          ...StatsFiguresFields
        }
      }
      children {
        ownLevel
        region {
          code
          name
        }
        total {
          ...StatsFiguresFields
        }
      }
    }
  }
  ${STATS_FIGURES_FIELDS}
`;

export type StatsFigures = StatsFiguresFieldsFragment;
export type RegionStatistics = RegionStatisticsQuery['regionStatistics'];
