import type { CertificateLevel, DesiredPlace, EducationLevel, Gender, PriorityGroup } from '@jobbridge/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import type { JobSeekerProfileInput } from '../../graphql/generated/graphql';
import type { FieldMap } from '../../shared/errors';
import { blankToNull } from '../../shared/utils/format';
import { lastCode, regionPath } from '../../shared/utils/region-path';
import type { ProfileData } from './profile.graphql';

export interface ProfileFormValues {
  fullName: string;
  gender?: Gender | null;
  birthYear?: number | null;
  hukouRegion?: string[];
  residenceRegion?: string[];
  education?: EducationLevel | null;
  major?: string;
  graduationDate?: Dayjs | null;
  skills: string[];
  certificates: { name: string; level?: CertificateLevel | null }[];
  labourBrand?: string;
  desiredOccupations: string[];
  desiredPlaces: DesiredPlace[];
  expectedPayMin?: number | null;
  expectedPayMax?: number | null;
  priorityGroups: PriorityGroup[];
  discoverable: boolean;
  /** Empty = keep the saved number (the API keeps it when the field is omitted). */
  idNumber?: string;
}

/** API field → form field where they differ (cascaders hold a path, the API takes the code). */
export const PROFILE_FIELD_MAP: FieldMap = {
  hukouRegionCode: 'hukouRegion',
  residenceRegionCode: 'residenceRegion',
};

export const EMPTY_PROFILE: ProfileFormValues = {
  fullName: '',
  skills: [],
  certificates: [],
  desiredOccupations: [],
  desiredPlaces: [],
  priorityGroups: [],
  discoverable: true,
};

export function toFormValues(profile: ProfileData | null | undefined): ProfileFormValues {
  if (!profile) return EMPTY_PROFILE;
  return {
    fullName: profile.fullName,
    gender: profile.gender,
    birthYear: profile.birthYear,
    hukouRegion: regionPath(profile.hukouRegion?.code),
    residenceRegion: regionPath(profile.residenceRegion?.code),
    education: profile.education,
    major: profile.major ?? '',
    graduationDate: profile.graduationDate ? dayjs(profile.graduationDate) : null,
    skills: profile.skills,
    certificates: profile.certificates.map((c) => ({ name: c.name, level: c.level })),
    labourBrand: profile.labourBrand ?? '',
    desiredOccupations: profile.desiredOccupations,
    desiredPlaces: profile.desiredPlaces,
    expectedPayMin: profile.expectedPayMin,
    expectedPayMax: profile.expectedPayMax,
    priorityGroups: profile.priorityGroups,
    discoverable: profile.discoverable,
    idNumber: '',
  };
}

/** The whole profile is sent on every save; the residence point (set elsewhere) is carried over unchanged. */
export function toProfileInput(values: ProfileFormValues, saved: ProfileData | null | undefined): JobSeekerProfileInput {
  const idNumber = values.idNumber?.trim().toUpperCase();
  return {
    fullName: values.fullName.trim(),
    gender: values.gender ?? null,
    birthYear: values.birthYear ?? null,
    hukouRegionCode: lastCode(values.hukouRegion) ?? null,
    residenceRegionCode: lastCode(values.residenceRegion) ?? null,
    residenceLat: saved?.residenceLat ?? null,
    residenceLng: saved?.residenceLng ?? null,
    education: values.education ?? null,
    major: blankToNull(values.major),
    graduationDate: values.graduationDate ? values.graduationDate.format('YYYY-MM-DD') : null,
    skills: values.skills ?? [],
    certificates: (values.certificates ?? []).map((c) => ({ name: c.name.trim(), level: c.level ?? null })),
    labourBrand: blankToNull(values.labourBrand),
    desiredOccupations: values.desiredOccupations ?? [],
    desiredPlaces: values.desiredPlaces ?? [],
    expectedPayMin: values.expectedPayMin ?? null,
    expectedPayMax: values.expectedPayMax ?? null,
    priorityGroups: values.priorityGroups ?? [],
    discoverable: values.discoverable,
    ...(idNumber ? { idNumber } : {}),
  };
}
