import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Region } from '../../graphql/types';

export type RegionItem = Pick<Region, 'code' | 'name' | 'level' | 'parentCode'>;

export const REGIONS_QUERY: TypedDocumentNode<{ regions: RegionItem[] }, { parentCode?: string | null }> = gql`
  query Regions($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
      level
      parentCode
    }
  }
`;

export const REGION_NAME_QUERY: TypedDocumentNode<{ region: Pick<Region, 'code' | 'name' | 'fullName'> | null }, { code: string }> = gql`
  query RegionName($code: String!) {
    region(code: $code) {
      code
      name
      fullName
    }
  }
`;
