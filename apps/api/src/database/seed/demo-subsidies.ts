import {
  ApplicationSource,
  ApplicationStatus,
  CertificateLevel,
  JobPostingStatus,
  PriorityGroup,
  Role,
  SubsidyStatus,
} from '@jobbridge/contracts';
import { generateIdNumber, maskIdNumber } from '@jobbridge/domain';
import type { EntityManager } from 'typeorm';
import type { PiiCipher } from '../../common/crypto/pii-cipher';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import { loadInstalledSubsidyPacks } from '../../modules/subsidies/subsidy-packs.provider';
import { chinaDate } from '../../modules/subsidies/subsidy-format';
import { judgeAllSubsidyEvents, logSubsidyStep } from '../../modules/subsidies/subsidy-judge';
import { UserEntity } from '../../modules/users/user.entity';
import type { DemoFairContext } from './demo-job-fairs';

const DAY = 86_400_000;
const XIFENG = '621002';

/** New people hired in 西峰区 for the demo: who they are and when and how they were hired. */
const PEOPLE: {
  name: string;
  groups: PriorityGroup[];
  birthYear: number;
  graduated?: boolean;
  hukou: string;
  daysAgo: number;
  contractMonths: number | null;
}[] = [
  { name: '周思远', groups: [PriorityGroup.GRADUATE], birthYear: 2003, graduated: true, hukou: XIFENG, daysAgo: 60, contractMonths: 36 },
  { name: '高雅琴', groups: [PriorityGroup.GRADUATE], birthYear: 2003, graduated: true, hukou: '621021', daysAgo: 55, contractMonths: 24 },
  { name: '杜宏伟', groups: [PriorityGroup.GRADUATE], birthYear: 2002, graduated: true, hukou: '621022', daysAgo: 48, contractMonths: 12 },
  {
    name: '宁晓燕',
    groups: [PriorityGroup.YOUTH, PriorityGroup.REGISTERED_UNEMPLOYED],
    birthYear: 2005,
    hukou: XIFENG,
    daysAgo: 30,
    contractMonths: 12,
  },
  { name: '曹志刚', groups: [PriorityGroup.GRADUATE], birthYear: 2003, graduated: true, hukou: '621026', daysAgo: 21, contractMonths: 12 },
  { name: '慕丽娜', groups: [PriorityGroup.GRADUATE], birthYear: 2004, graduated: true, hukou: XIFENG, daysAgo: 12, contractMonths: null },
  { name: '巩建平', groups: [PriorityGroup.POVERTY_ALLEVIATED], birthYear: 1985, hukou: '621027', daysAgo: 9, contractMonths: 12 },
  { name: '贾文静', groups: [PriorityGroup.GRADUATE], birthYear: 2003, graduated: true, hukou: XIFENG, daysAgo: 3, contractMonths: 12 },
];

/**
 * Demo subsidies (issue 14), found by the same engine as live ones: hires in 西峰区 (graduates, a registered young
 * person, a poverty-alleviated worker from 环县), 李欣怡's hire, and a certificate, judged under the demonstration pack;
 * then the 庆阳 officer's decisions so every state shows: two paid in a batch (with its export), one approved, one
 * rejected, one waiting for an item, the rest proposed.
 */
export async function seedDemoSubsidies(em: EntityManager, c: DemoFairContext, cipher: PiiCipher): Promise<void> {
  const officer = c.officers.find((o) => o.regionCode === '621000')!;
  const employers = c.employers.filter((e) => e.regionCode === XIFENG);
  const jobs = c.postings.filter(
    (p) => p.workRegionCode === XIFENG && p.status === JobPostingStatus.PUBLISHED && employers.some((e) => e.id === p.employerId),
  );
  if (!officer || !jobs.length) return;

  const hires: { profile: JobSeekerProfileEntity; daysAgo: number; contractMonths: number | null; job: (typeof jobs)[number] }[] = [];
  for (const [i, p] of PEOPLE.entries()) {
    const user = await em.save(
      em.create(UserEntity, {
        role: Role.JOB_SEEKER,
        phone: `1990001${String(i).padStart(4, '0')}`,
        email: null,
        displayName: p.name,
        passwordHash: '!',
        regionCode: null,
      }),
    );
    const idNumber = generateIdNumber(`${p.hukou}${p.birthYear}0${(i % 9) + 1}1${i}00${i}`);
    const profile = await em.save(
      em.create(JobSeekerProfileEntity, {
        userId: user.id,
        fullName: p.name,
        birthYear: p.birthYear,
        hukouRegionCode: p.hukou,
        residenceRegionCode: XIFENG,
        graduationDate: p.graduated ? `${new Date(c.now).getUTCFullYear()}-06-30` : null,
        priorityGroups: p.groups,
        skills: [],
        certificates: [],
        desiredOccupations: [],
        desiredPlaces: [],
        idNumberEncrypted: cipher.encrypt(idNumber),
        idNumberHash: cipher.blindIndex(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
      }),
    );
    hires.push({ profile, daysAgo: p.daysAgo, contractMonths: p.contractMonths, job: jobs[i % jobs.length] });
  }
  // A demo login among them: 李欣怡, this year's graduate, hired by the data centre a week ago.
  const lixinyi = c.seekers.find((s) => s.fullName === '李欣怡');
  if (lixinyi) {
    const applied = new Set(
      (await em.query(`SELECT job_posting_id FROM applications WHERE seeker_profile_id = $1`, [lixinyi.id])).map(
        (r: { job_posting_id: string }) => r.job_posting_id,
      ),
    );
    const job =
      jobs.find((j) => !applied.has(j.id) && j.employerId === employers.find((e) => e.name.startsWith('庆阳东数西算'))?.id) ??
      jobs.find((j) => !applied.has(j.id));
    if (job) hires.push({ profile: lixinyi, daysAgo: 7, contractMonths: 36, job });
  }

  for (const h of hires) {
    const hiredAt = new Date(c.now - h.daysAgo * DAY);
    const a = await em.save(
      em.create(ApplicationEntity, {
        jobPostingId: h.job.id,
        seekerProfileId: h.profile.id,
        status: ApplicationStatus.HIRED,
        source: h.daysAgo % 2 ? ApplicationSource.JOB_FAIR : ApplicationSource.SEARCH,
        contractMonths: h.contractMonths,
        createdAt: new Date(hiredAt.getTime() - 6 * DAY),
      }),
    );
    await em.save(
      em.create(ApplicationEventEntity, {
        applicationId: a.id,
        fromStatus: ApplicationStatus.OFFER,
        toStatus: ApplicationStatus.HIRED,
        actorUserId: c.employerOwners.get(h.job.employerId) ?? officer.id,
        actorRole: Role.EMPLOYER,
        actorName: '招聘负责人',
        note: null,
        createdAt: hiredAt,
      }),
    );
  }
  // A certificate: 王建军 (西峰区) passed the 中级 electrician's test; 技能提升补贴 needs his insurance record.
  const wang = c.seekers.find((s) => s.fullName === '王建军');
  if (wang)
    await em.update(
      JobSeekerProfileEntity,
      { id: wang.id },
      { certificates: [...wang.certificates, { name: '电工', level: CertificateLevel.LEVEL_4 }] },
    );

  await judgeAllSubsidyEvents(em, loadInstalledSubsidyPacks(undefined, true), new Date(c.now));

  // The officer's decisions, oldest first, so the queue shows every state.
  const rows: { id: string; pack_id: string; rule_id: string; amount_fen: number; rule_name: string }[] = await em.query(
    `SELECT id, pack_id, rule_id, amount_fen, rule_name FROM subsidy_proposals WHERE region_code = $1 ORDER BY event_date, created_at, id`,
    [XIFENG],
  );
  const cert = rows.find((r) => r.rule_name === '技能提升补贴');
  const employerSide = rows.filter((r) => r !== cert && r.amount_fen > 0);
  const at = (daysAgo: number) => new Date(c.now - daysAgo * DAY);
  const decide = async (
    r: (typeof rows)[number],
    status: SubsidyStatus,
    daysAgo: number,
    extra: { reason?: string; item?: string } = {},
  ) => {
    await em.query(
      `UPDATE subsidy_proposals SET status = $2, decided_by_user_id = $3, decided_at = $4, decision_reason = $5, requested_item = $6 WHERE id = $1`,
      [r.id, status, officer.id, at(daysAgo), extra.reason ?? null, extra.item ?? null],
    );
    const action = status === SubsidyStatus.INFO_REQUESTED ? 'INFO_REQUESTED' : status === SubsidyStatus.REJECTED ? 'REJECTED' : 'APPROVED';
    await logSubsidyStep(
      em,
      r.id,
      action,
      officer.id,
      officer.displayName,
      r.pack_id,
      r.rule_id,
      extra.reason ?? extra.item ?? null,
      at(daysAgo),
    );
  };
  const [paid1, paid2, approved, rejected] = employerSide;
  if (paid1) await decide(paid1, SubsidyStatus.APPROVED, 20);
  if (paid2) await decide(paid2, SubsidyStatus.APPROVED, 20);
  if (approved) await decide(approved, SubsidyStatus.APPROVED, 2);
  if (rejected)
    await decide(rejected, SubsidyStatus.REJECTED, 5, { reason: '经核查，劳动合同约定期限不足1年，不符合一次性吸纳就业补贴条件' });
  if (cert) await decide(cert, SubsidyStatus.INFO_REQUESTED, 1, { item: '失业保险参保缴费满1年的证明' });
  const paid = [paid1, paid2].filter(Boolean);
  if (paid.length) {
    const paidOn = chinaDate(at(15));
    const reference = `BT-${XIFENG}-${paidOn.replace(/-/g, '')}-1`;
    const [batch]: { id: string }[] = await em.query(
      `INSERT INTO subsidy_payment_batches (reference, region_code, paid_on, count, total_fen, created_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [reference, XIFENG, paidOn, paid.length, paid.reduce((s, r) => s + Number(r.amount_fen), 0), officer.id, at(15)],
    );
    for (const [i, r] of paid.entries()) {
      await em.query(`INSERT INTO subsidy_payments (proposal_id, batch_id, reference, amount_fen, paid_on) VALUES ($1, $2, $3, $4, $5)`, [
        r.id,
        batch.id,
        `${reference}-${String(i + 1).padStart(4, '0')}`,
        r.amount_fen,
        paidOn,
      ]);
      await em.query(`UPDATE subsidy_proposals SET status = 'PAID' WHERE id = $1`, [r.id]);
      await logSubsidyStep(em, r.id, 'PAID', officer.id, officer.displayName, r.pack_id, r.rule_id, reference, at(15));
    }
  }
}
