import type { LiveJobCard } from '@jobbridge/contracts';
import { DataSource, EntityManager } from 'typeorm';

export type CardRefusal = 'JOB_NOT_IN_LINEUP' | 'JOB_NOT_PUBLISHED' | 'TRUTH_CARD_REQUIRED';

interface Row {
  id: string;
  title: string;
  status: string;
  kind: LiveJobCard['kind'];
  pay_min: number;
  pay_max: number;
  headcount: number;
  work_region_code: string;
  region_name: string;
  employer_name: string;
  truth_working_hours: string | null;
  truth_shifts: string | null;
  truth_dormitory: LiveJobCard['truthCard']['dormitory'] | null;
  truth_meals: LiveJobCard['truthCard']['meals'] | null;
  truth_social_insurance: LiveJobCard['truthCard']['socialInsurance'] | null;
  truth_note: string | null;
}

/**
 * The card a host pins: the job's pay and 岗位真相卡. Only a published job of the room's lineup with a complete truth
 * card can be pinned (a viewer applies from it, so it must tell the truth first).
 */
export async function lineupCard(db: DataSource | EntityManager, roomId: string, jobPostingId: string): Promise<LiveJobCard | CardRefusal> {
  const rows: Row[] = await db.query(
    `SELECT j.id, j.title, j.status, j.kind, j.pay_min, j.pay_max, j.headcount, j.work_region_code, r.name AS region_name, e.name AS employer_name,
            j.truth_working_hours, j.truth_shifts, j.truth_dormitory, j.truth_meals, j.truth_social_insurance, j.truth_note
       FROM live_room_jobs l JOIN job_postings j ON j.id = l.job_posting_id JOIN employers e ON e.id = j.employer_id
       JOIN regions r ON r.code = j.work_region_code
      WHERE l.room_id = $1 AND l.job_posting_id = $2`,
    [roomId, jobPostingId],
  );
  const j = rows[0];
  if (!j) return 'JOB_NOT_IN_LINEUP';
  if (j.status !== 'PUBLISHED') return 'JOB_NOT_PUBLISHED';
  if (!j.truth_working_hours || !j.truth_dormitory || !j.truth_meals || !j.truth_social_insurance) return 'TRUTH_CARD_REQUIRED';
  return {
    jobPostingId: j.id,
    title: j.title,
    employerName: j.employer_name,
    kind: j.kind,
    payMin: j.pay_min,
    payMax: j.pay_max,
    headcount: j.headcount,
    regionCode: j.work_region_code,
    regionName: j.region_name,
    truthCard: {
      workingHours: j.truth_working_hours,
      shifts: j.truth_shifts,
      dormitory: j.truth_dormitory,
      meals: j.truth_meals,
      socialInsurance: j.truth_social_insurance,
      note: j.truth_note,
    },
  };
}
