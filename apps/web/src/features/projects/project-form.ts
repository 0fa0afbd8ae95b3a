import { ProjectKind, type BreachRule, type LocalScope } from '@jobbridge/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import type { ProjectInput } from '../../graphql/generated/graphql';
import type { FieldMap } from '../../shared/errors';
import { lastCode, regionPath } from '../../shared/utils/region-path';
import { thresholdValue } from './local-hiring';
import type { SavedProject } from './projects.graphql';

export interface ProjectFormValues {
  /** Officers: the owner employer. */
  employerId?: string;
  name: string;
  region?: string[];
  kind?: ProjectKind;
  plannedWorkforce?: number | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  localFirstDays?: number | null;
  investment?: string;
  // Officers only:
  localScope?: LocalScope;
  /** Percent (30 = 30%); empty: the policy pack's (new) or unchanged (edit). */
  thresholdPercent?: number | null;
  breachRule?: BreachRule;
}

export const PROJECT_FIELD_MAP: FieldMap = { regionCode: 'region', threshold: 'thresholdPercent' };

export const EMPTY_PROJECT: Partial<ProjectFormValues> = { kind: ProjectKind.GOVERNMENT_INVESTED };

/** The fields a project form edits, from a saved project. */
export type EditableProject = Pick<
  SavedProject,
  | 'id'
  | 'name'
  | 'kind'
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

const toDay = (value: string | null | undefined) => (value ? dayjs(value) : null);

export function toProjectFormValues(p: EditableProject): ProjectFormValues {
  return {
    employerId: p.employerId,
    name: p.name,
    region: regionPath(p.regionCode),
    kind: p.kind,
    plannedWorkforce: p.plannedWorkforce,
    startDate: toDay(p.startDate),
    endDate: toDay(p.endDate),
    localFirstDays: p.localFirstDays,
    investment: p.investment ?? '',
    localScope: p.localScope,
    thresholdPercent: Math.round(thresholdValue(p.localHiring.threshold) * 100) / 100,
    breachRule: p.breachRule,
  };
}

/**
 * Form → ProjectInput. Employers never send the policy fields (the API keeps the pack's, or an officer's, values);
 * an officer's empty threshold is left out, so the policy pack (new project) or the current value (edit) applies.
 */
export function toProjectInput(v: ProjectFormValues, officer: boolean): ProjectInput {
  const investment = v.investment?.trim();
  return {
    name: v.name.trim(),
    ...(officer ? { employerId: v.employerId } : {}),
    regionCode: lastCode(v.region) ?? '',
    kind: v.kind!,
    plannedWorkforce: v.plannedWorkforce ?? 1,
    startDate: v.startDate!.format('YYYY-MM-DD'),
    endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null,
    localFirstDays: v.localFirstDays ?? null,
    investment: v.kind === ProjectKind.WORK_RELIEF && investment ? investment : null,
    ...(officer
      ? {
          localScope: v.localScope ?? null,
          breachRule: v.breachRule ?? null,
          ...(v.thresholdPercent != null ? { threshold: `${v.thresholdPercent}%` } : {}),
        }
      : {}),
  };
}
