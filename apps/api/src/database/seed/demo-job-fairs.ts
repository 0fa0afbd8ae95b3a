import {
  ApplicationSource,
  ApplicationStatus,
  BoothStatus,
  FairCampaign,
  FairMode,
  JobFairStatus,
  JobPostingStatus,
  PriorityGroup,
  TalkOutcome,
  TicketStatus,
} from '@jobbridge/contracts';
import { boothZoneOf, chinaCalendarDate, formatIsoDate, nextBoothNumber } from '@jobbridge/domain';
import { EntityManager } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import type { EmployerEntity } from '../../modules/employers/employer.entity';
import {
  FairBoothEntity,
  FairCallbackEntity,
  FairRegistrationEntity,
  FairTalkMessageEntity,
  FairTicketEntity,
  JobFairEntity,
} from '../../modules/job-fairs/job-fair.entity';
import { fairStats } from '../../modules/job-fairs/fair-stats';
import type { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import type { JobPostingEntity } from '../../modules/jobs/job-posting.entity';
import type { UserEntity } from '../../modules/users/user.entity';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const day = (now: number, offset: number) => formatIsoDate(chinaCalendarDate(new Date(now + offset * DAY)));

export interface DemoFairContext {
  now: number;
  employers: EmployerEntity[];
  employerOwners: Map<string, string>;
  officers: UserEntity[];
  postings: JobPostingEntity[];
  seekers: JobSeekerProfileEntity[];
}

/**
 * Demo job fairs (issue 12): a 春风行动 online fair of 临夏州 running now (booths by zone, seekers waiting, a talk in
 * progress at the 拉面 company's booth — the demo employer 13900000001 is its rep — an agreement already reached, a
 * call-back request), an upcoming 高校毕业生就业服务周 of 庆阳市 taking booth applications, and a 就业援助月 fair two
 * months ago with its stored figures and a hire, for the after-fair report.
 */
export async function seedDemoJobFairs(em: EntityManager, c: DemoFairContext): Promise<void> {
  const linxia = c.officers.find((o) => o.regionCode === '622900')!;
  const qingyang = c.officers.find((o) => o.regionCode === '621000')!;
  const byKeyOrder = (prefix: string) => c.employers.filter((e) => e.regionCode.startsWith(prefix));
  const jobsOf = (employerId: string) =>
    c.postings
      .filter((p) => p.employerId === employerId && p.status === JobPostingStatus.PUBLISHED && p.truthCard?.workingHours)
      .slice(0, 3);
  const seekers = c.seekers;

  const fair = (fields: Partial<JobFairEntity>) =>
    em.save(
      em.create(JobFairEntity, {
        mode: FairMode.ONLINE,
        boothCapacity: 100,
        answerWindowSeconds: 60,
        maxQueuesPerSeeker: 3,
        targetGroups: [PriorityGroup.POVERTY_ALLEVIATED, PriorityGroup.MIGRANT_WORKER, PriorityGroup.GRADUATE],
        ...fields,
      }),
    );
  const booths = async (fairId: string, employers: EmployerEntity[], reviewer: UserEntity, status = BoothStatus.APPROVED) => {
    const taken: string[] = [];
    const out: FairBoothEntity[] = [];
    for (const e of employers) {
      const jobs = jobsOf(e.id);
      if (!jobs.length) continue;
      const zone = boothZoneOf(e.industry);
      const number = status === BoothStatus.APPROVED ? nextBoothNumber(zone, taken) : null;
      if (number) taken.push(number);
      out.push(
        await em.save(
          em.create(FairBoothEntity, {
            fairId,
            employerId: e.id,
            status,
            intro: `${e.name}：${e.description?.slice(0, 60) ?? '欢迎来展位洽谈'}`,
            jobPostingIds: jobs.map((j) => j.id),
            staffUserIds: [c.employerOwners.get(e.id)!],
            number,
            zone: number ? zone.letter : null,
            callbackThresholdSeconds: 1800,
            reviewedByUserId: status === BoothStatus.PENDING ? null : reviewer.id,
            reviewedAt: status === BoothStatus.PENDING ? null : new Date(c.now - 3 * DAY),
          }),
        ),
      );
    }
    return out;
  };
  let seq = new Map<string, number>();
  const ticket = async (booth: FairBoothEntity, seeker: JobSeekerProfileEntity, fields: Partial<FairTicketEntity>) => {
    const next = (seq.get(booth.id) ?? 0) + 1;
    seq.set(booth.id, next);
    return em.save(
      em.create(FairTicketEntity, {
        fairId: booth.fairId,
        boothId: booth.id,
        userId: seeker.userId,
        seekerProfileId: seeker.id,
        seq: next,
        status: TicketStatus.WAITING,
        ...fields,
      }),
    );
  };
  const application = async (booth: FairBoothEntity, seeker: JobSeekerProfileEntity, status: ApplicationStatus, at: number) => {
    const jobPostingId = booth.jobPostingIds[0];
    const existing = await em.getRepository(ApplicationEntity).findOneBy({ jobPostingId, seekerProfileId: seeker.id });
    if (existing) return existing;
    const a = await em.save(
      em.create(ApplicationEntity, {
        jobPostingId,
        seekerProfileId: seeker.id,
        status,
        source: ApplicationSource.JOB_FAIR,
        jobFairId: booth.fairId,
      }),
    );
    await em.save(
      em.create(ApplicationEventEntity, {
        applicationId: a.id,
        fromStatus: null,
        toStatus: status,
        actorUserId: c.employerOwners.get(booth.employerId)!,
        actorRole: 'EMPLOYER',
        actorName: '招聘会洽谈',
        note: '招聘会洽谈',
        createdAt: new Date(at),
      }),
    );
    return a;
  };

  /* ------------------------------------------------------------------ live now: 春风行动 临夏州 */
  const live = await fair({
    regionCode: '622900',
    name: '2026年临夏州“春风行动”网络招聘会',
    campaign: FairCampaign.SPRING_BREEZE,
    theme: '就业服务暖人心 春风送岗促增收',
    boothApplyFrom: new Date(c.now - 20 * DAY),
    boothApplyUntil: new Date(c.now - 3 * DAY),
    startDate: day(c.now, -1),
    endDate: day(c.now, 2),
    opensAt: '00:00',
    closesAt: '24:00',
    priorityWindowMinutes: 30,
    status: JobFairStatus.LIVE,
    createdByUserId: linxia.id,
    publishedAt: new Date(c.now - 20 * DAY),
    startedAt: new Date(c.now - DAY),
  });
  const liveBooths = await booths(live.id, byKeyOrder('6229').slice(0, 8), linxia);
  await booths(live.id, byKeyOrder('6229').slice(8, 9), linxia, BoothStatus.PENDING);
  const [first, second, third] = liveBooths;
  // the 拉面 company's booth (the demo employer is its rep): one talk running, an agreement done, three waiting
  const talking = await ticket(first, seekers[0], {
    status: TicketStatus.IN_TALK,
    joinedAt: new Date(c.now - 25 * MINUTE),
    calledAt: new Date(c.now - 6 * MINUTE),
    acceptedAt: new Date(c.now - 5 * MINUTE),
    repUserId: first.staffUserIds[0],
  });
  await em.save(
    [
      ['您好，我看到贵公司招拉面师傅，我在兰州做过两年。', false],
      ['您好！两年经验很好，我们包吃住，月薪五千到七千，您方便说一下期望的工作地点吗？', true],
    ].map(([body, fromRep], i) =>
      em.create(FairTalkMessageEntity, {
        ticketId: talking.id,
        senderUserId: fromRep ? first.staffUserIds[0] : seekers[0].userId,
        body: body as string,
        createdAt: new Date(c.now - (4 - i) * MINUTE),
      }),
    ),
  );
  const agreed = await ticket(first, seekers[1], {
    status: TicketStatus.DONE,
    joinedAt: new Date(c.now - 70 * MINUTE),
    calledAt: new Date(c.now - 50 * MINUTE),
    acceptedAt: new Date(c.now - 49 * MINUTE),
    endedAt: new Date(c.now - 40 * MINUTE),
    repUserId: first.staffUserIds[0],
    outcome: TalkOutcome.AGREEMENT,
    note: '有意向，下周一到店试工',
    jobPostingId: first.jobPostingIds[0],
  });
  agreed.applicationId = (await application(first, seekers[1], ApplicationStatus.OFFER, c.now - 40 * MINUTE)).id;
  await em.save(agreed);
  for (const [i, s] of seekers.slice(2, 5).entries()) await ticket(first, s, { joinedAt: new Date(c.now - (20 - i * 4) * MINUTE) });
  if (second)
    for (const [i, s] of seekers.slice(5, 7).entries()) await ticket(second, s, { joinedAt: new Date(c.now - (15 - i * 5) * MINUTE) });
  if (third)
    await em.save(
      em.create(FairCallbackEntity, {
        fairId: live.id,
        boothId: third.id,
        userId: seekers[7].userId,
        message: '想了解宿舍和社保，请方便时回电，谢谢。',
      }),
    );
  await em.save(
    seekers
      .slice(0, 10)
      .map((s, i) => em.create(FairRegistrationEntity, { fairId: live.id, userId: s.userId, boothIds: i % 2 ? [first.id] : [] })),
  );

  /* ------------------------------------------------------------------ upcoming: 高校毕业生就业服务周 庆阳市 */
  const upcoming = await fair({
    regionCode: '621000',
    name: '庆阳市2026年高校毕业生就业服务周网络招聘会',
    campaign: FairCampaign.GRADUATE_SERVICE_WEEK,
    theme: '职引未来 就在庆阳',
    targetGroups: [PriorityGroup.GRADUATE, PriorityGroup.YOUTH],
    mode: FairMode.HYBRID,
    venueAddress: '庆阳市西峰区人力资源市场一楼大厅',
    boothApplyFrom: new Date(c.now - 2 * DAY),
    boothApplyUntil: new Date(c.now + 8 * DAY),
    startDate: day(c.now, 10),
    endDate: day(c.now, 12),
    opensAt: '09:00',
    closesAt: '17:00',
    priorityWindowMinutes: 60,
    status: JobFairStatus.PUBLISHED,
    createdByUserId: qingyang.id,
    publishedAt: new Date(c.now - 2 * DAY),
  });
  await booths(upcoming.id, byKeyOrder('6210').slice(0, 2), qingyang);
  await booths(upcoming.id, byKeyOrder('6210').slice(2, 3), qingyang, BoothStatus.PENDING);

  /* ------------------------------------------------------------------ past: 就业援助月 临夏州, with its figures */
  const past = await fair({
    regionCode: '622900',
    name: '临夏州2026年“就业援助月”专场招聘会',
    campaign: FairCampaign.EMPLOYMENT_AID_MONTH,
    theme: '真情帮扶 就业暖心',
    targetGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY, PriorityGroup.POVERTY_ALLEVIATED, PriorityGroup.DISABLED],
    boothApplyFrom: new Date(c.now - 90 * DAY),
    boothApplyUntil: new Date(c.now - 63 * DAY),
    startDate: day(c.now, -62),
    endDate: day(c.now, -61),
    opensAt: '09:00',
    closesAt: '17:00',
    status: JobFairStatus.ENDED,
    createdByUserId: linxia.id,
    publishedAt: new Date(c.now - 90 * DAY),
    startedAt: new Date(c.now - 62 * DAY),
    endedAt: new Date(c.now - 61 * DAY),
  });
  const pastBooths = await booths(past.id, byKeyOrder('6229').slice(0, 5), linxia);
  seq = new Map();
  const outcomes = [TalkOutcome.AGREEMENT, TalkOutcome.INTERVIEW, TalkOutcome.NOT_SUITABLE, TalkOutcome.FOLLOW_UP];
  for (const [i, s] of seekers.slice(0, 16).entries()) {
    const booth = pastBooths[i % pastBooths.length];
    const joined = c.now - 62 * DAY + (i + 1) * 12 * MINUTE;
    const talked = i % 5 !== 4;
    const t = await ticket(booth, s, {
      status: talked ? TicketStatus.DONE : TicketStatus.MISSED,
      joinedAt: new Date(joined),
      calledAt: new Date(joined + (6 + (i % 4) * 3) * MINUTE),
      acceptedAt: talked ? new Date(joined + (7 + (i % 4) * 3) * MINUTE) : null,
      endedAt: new Date(joined + (14 + (i % 4) * 3) * MINUTE),
      repUserId: booth.staffUserIds[0],
      outcome: talked ? outcomes[i % outcomes.length] : null,
      jobPostingId: talked ? booth.jobPostingIds[0] : null,
    });
    if (t.outcome === TalkOutcome.AGREEMENT || t.outcome === TalkOutcome.INTERVIEW) {
      const status =
        i === 0 ? ApplicationStatus.HIRED : t.outcome === TalkOutcome.AGREEMENT ? ApplicationStatus.OFFER : ApplicationStatus.INTERVIEW;
      t.applicationId = (await application(booth, s, status, t.endedAt!.getTime())).id;
      await em.save(t);
    }
  }
  const all = await em
    .getRepository(FairBoothEntity)
    .find({ where: { fairId: past.id }, select: { id: true, number: true, status: true } });
  past.finalStats = {
    ...(await fairStats(em, past, all, new Map(), { now: 0, peak: 240 })),
  };
  await em.save(past);
}
