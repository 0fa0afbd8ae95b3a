import { Initial1763800000000 } from './1763800000000-initial';
import { Search1763900000000 } from './1763900000000-search';
import { SavedSearches1764000000000 } from './1764000000000-saved-searches';
import { Projects1764100000000 } from './1764100000000-projects';
import { LiveRooms1764200000000 } from './1764200000000-live-rooms';
import { SearchLocalWindow1764300000000 } from './1764300000000-search-local-window';
import { UserSessions1764400000000 } from './1764400000000-user-sessions';
import { AuditLog1764500000000 } from './1764500000000-audit-log';
import { SearchDuplicateKey1764600000000 } from './1764600000000-search-duplicate-key';
import { JobFairs1764700000000 } from './1764700000000-job-fairs';
import { FairQueueSpeed1764800000000 } from './1764800000000-fair-queue-speed';
import { Oversight1765000000000 } from './1765000000000-oversight';
import { Subsidies1765100000000 } from './1765100000000-subsidies';
import { EmploymentSupport1765200000000 } from './1765200000000-employment-support';
import { RegionStatistics1764900000000 } from './1764900000000-region-statistics';

import { GigMarket1765300000000 } from './1765300000000-gig-market';
import { SearchFacetCounts1765400000000 } from './1765400000000-search-facet-counts';
import { SearchGeoCells1765500000000 } from './1765500000000-search-geo-cells';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  Initial1763800000000,
  Search1763900000000,
  SavedSearches1764000000000,
  Projects1764100000000,
  LiveRooms1764200000000,
  SearchLocalWindow1764300000000,
  UserSessions1764400000000,
  AuditLog1764500000000,
  SearchDuplicateKey1764600000000,
  JobFairs1764700000000,
  FairQueueSpeed1764800000000,
  RegionStatistics1764900000000,
  Oversight1765000000000,
  Subsidies1765100000000,
  EmploymentSupport1765200000000,
  GigMarket1765300000000,
  SearchFacetCounts1765400000000,
  SearchGeoCells1765500000000,
];
