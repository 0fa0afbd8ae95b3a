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
