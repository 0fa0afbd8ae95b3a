import type { MatchCandidate, MatchJob, MatchReasonKind as MatchReasonKindName, MatchResult } from '@jobbridge/domain';
import { MatchReasonKind } from './dto/match.model';
import type { JobSeekerProfileEntity } from '../job-seekers/job-seeker-profile.entity';
import type { JobPostingEntity } from '../jobs/job-posting.entity';

/** The project facts matching needs for a project job: its local scope (000 §1 属地化原则). */
export interface MatchProject {
  id: string;
  localScopeRegionCode: string;
}

export const toMatchJob = (j: JobPostingEntity, project?: MatchProject | null): MatchJob => ({
  id: j.id,
  title: j.title,
  occupation: j.occupation,
  kind: j.kind,
  skills: j.skills,
  certificates: j.certificates.map((c) => ({ name: c.name, level: (c.level as MatchJob['certificates'][number]['level']) ?? null })),
  education: j.education,
  payMin: j.payMin,
  payMax: j.payMax,
  regionCode: j.workRegionCode,
  lat: j.lat,
  lng: j.lng,
  projectId: project?.id ?? null,
  localScopeRegionCode: project?.localScopeRegionCode ?? null,
});

export const toMatchCandidate = (p: JobSeekerProfileEntity): MatchCandidate => ({
  id: p.id,
  skills: p.skills,
  certificates: p.certificates.map((c) => ({ name: c.name, level: (c.level as MatchCandidate['certificates'][number]['level']) ?? null })),
  education: p.education,
  desiredOccupations: p.desiredOccupations,
  desiredPlaces: p.desiredPlaces,
  expectedPayMin: p.expectedPayMin,
  expectedPayMax: p.expectedPayMax,
  hukouRegionCode: p.hukouRegionCode,
  residenceRegionCode: p.residenceRegionCode,
  residenceLat: p.residenceLat,
  residenceLng: p.residenceLng,
  priorityGroups: p.priorityGroups,
  birthYear: p.birthYear,
  graduationDate: p.graduationDate,
});

const REASON_KINDS: Record<MatchReasonKindName, MatchReasonKind> = {
  skills: MatchReasonKind.SKILLS,
  certificates: MatchReasonKind.CERTIFICATES,
  distance: MatchReasonKind.DISTANCE,
  pay: MatchReasonKind.PAY,
  education: MatchReasonKind.EDUCATION,
  occupation: MatchReasonKind.OCCUPATION,
  localPreference: MatchReasonKind.LOCAL_PREFERENCE,
  priorityBoost: MatchReasonKind.PRIORITY_BOOST,
  missingSkills: MatchReasonKind.MISSING_SKILLS,
};

export const explanation = (m: MatchResult) => ({
  score: m.score,
  eligible: m.eligible,
  ineligibleReason: m.ineligibleReason ?? null,
  reasons: m.reasons,
  reasonDetails: m.reasonDetails.map((r) => ({
    kind: REASON_KINDS[r.kind],
    text: r.text,
    distanceKm: r.distanceKm == null ? null : Math.round(r.distanceKm * 10) / 10,
    met: r.met ?? null,
    total: r.total ?? null,
    items: r.items ?? [],
  })),
  skillsMet: m.skillsMet,
  skillsMissing: m.skillsMissing,
  distanceKm: m.distanceKm == null ? null : Math.round(m.distanceKm * 10) / 10,
});
