import type { TFunction } from 'i18next';
import type { useEnumLabel } from '../../shared/enums/enum-labels';
import { toCsv } from '../../shared/utils/csv';
import { formatRatio } from '../../shared/utils/format';
import { thresholdPercent } from './local-hiring';
import type { ProjectRow } from './projects.graphql';

/** The dashboard as shown (its filters, its order) as CSV for Excel: one row per project. */
export function projectsCsv(rows: readonly ProjectRow[], t: TFunction, label: ReturnType<typeof useEnumLabel>): string {
  const header = [
    t('projects.columns.name'),
    t('projects.columns.kind'),
    t('projects.columns.owner'),
    t('projects.columns.county'),
    t('projects.columns.status'),
    t('projects.columns.localHiring'),
    t('projects.roster.local'),
    t('projects.roster.onSite'),
    t('projects.columns.ratio'),
    t('projects.columns.threshold'),
    t('projects.columns.shortfall'),
    t('projects.columns.planned'),
    t('projects.columns.startDate'),
  ];
  const body = rows.map((p) => [
    p.name,
    label('projectKind', p.kind),
    p.employer.name,
    p.region.fullName,
    label('projectStatus', p.status),
    label('localHiringStatus', p.localHiring.status),
    p.localHiring.localWorkers,
    p.localHiring.totalWorkers,
    formatRatio(p.localHiring.ratio),
    thresholdPercent(p.localHiring.threshold),
    p.localHiring.shortfall,
    p.plannedWorkforce,
    p.startDate,
  ]);
  return toCsv([header, ...body]);
}
