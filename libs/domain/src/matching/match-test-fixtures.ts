// Test fixtures for the matching specs (not exported from the library).
import { CertificateLevel, DesiredPlace, EducationLevel, JobKind, PriorityGroup } from '@jobbridge/contracts';
import { MatchCandidate, MatchContext, MatchJob } from './match-types';

/** Noon in China on a given date. */
export const chinaDay = (iso: string) => new Date(`${iso}T12:00:00+08:00`);

export const TODAY = chinaDay('2025-03-15');

/** Synonym groups used across the specs. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['电焊工', '焊工'],
  ['月嫂', '母婴护理员'],
  ['气割', '火焰切割'],
];

export const context = (overrides: Partial<MatchContext> = {}): MatchContext => ({ today: TODAY, synonyms: SYNONYMS, ...overrides });

/** 临夏县 (622921), a welding job on a project. */
export const LINXIA_COUNTY = { regionCode: '622921', lat: 35.49, lng: 103.0 };
/** 临夏市 (622901), same prefecture as 临夏县, about 21 km away. */
export const LINXIA_CITY = { regionCode: '622901', lat: 35.6, lng: 103.21 };
/** 兰州市城关区 (620102), same province. */
export const LANZHOU_CHENGGUAN = { regionCode: '620102', lat: 36.06, lng: 103.83 };
/** 西宁市城东区 (630102), another province. */
export const XINING_CHENGDONG = { regionCode: '630102', lat: 36.62, lng: 101.78 };

export function job(overrides: Partial<MatchJob> = {}): MatchJob {
  return {
    id: 'job-1',
    title: '电焊工',
    occupation: '电焊工',
    kind: JobKind.FULL_TIME,
    skills: ['电焊', '气割', '识图', '焊接机器人'],
    certificates: [{ name: '焊工', level: CertificateLevel.LEVEL_4 }],
    education: EducationLevel.JUNIOR_HIGH,
    payMin: 6000,
    payMax: 9000,
    regionCode: LINXIA_COUNTY.regionCode,
    lat: LINXIA_COUNTY.lat,
    lng: LINXIA_COUNTY.lng,
    projectId: null,
    ...overrides,
  };
}

export function candidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'cand-1',
    skills: ['电焊', '气割', '识图'],
    certificates: [{ name: '焊工', level: CertificateLevel.LEVEL_4 }],
    education: EducationLevel.SENIOR_HIGH,
    desiredOccupations: ['焊工'],
    desiredPlaces: [DesiredPlace.NEARBY],
    expectedPayMin: 5000,
    expectedPayMax: 7000,
    hukouRegionCode: LINXIA_COUNTY.regionCode,
    residenceRegionCode: LINXIA_COUNTY.regionCode,
    residenceLat: LINXIA_COUNTY.lat,
    residenceLng: LINXIA_COUNTY.lng,
    priorityGroups: [],
    birthYear: 1990,
    graduationDate: null,
    ...overrides,
  };
}

/** A person with no profile facts at all. */
export function blankCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return candidate({
    skills: [],
    certificates: [],
    education: null,
    desiredOccupations: [],
    desiredPlaces: [],
    expectedPayMin: null,
    expectedPayMax: null,
    hukouRegionCode: null,
    residenceRegionCode: null,
    residenceLat: null,
    residenceLng: null,
    priorityGroups: [],
    birthYear: null,
    graduationDate: null,
    ...overrides,
  });
}

export { CertificateLevel, DesiredPlace, EducationLevel, JobKind, PriorityGroup };
