import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RegionNameQuery, RegionNameQueryVariables, RegionsQuery, RegionsQueryVariables } from '../../graphql/generated/graphql';

export type RegionItem = RegionsQuery['regions'][number];

export const REGIONS_QUERY: TypedDocumentNode<RegionsQuery, RegionsQueryVariables> = gql`
  query Regions($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
      parentCode
    }
  }
`;

export const REGION_NAME_QUERY: TypedDocumentNode<RegionNameQuery, RegionNameQueryVariables> = gql`
  query RegionName($code: String!) {
    region(code: $code) {
      code
      name
      fullName
    }
  }
`;
