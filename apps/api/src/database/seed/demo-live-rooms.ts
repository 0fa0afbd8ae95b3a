import {
  ApplicationSource,
  ApplicationStatus,
  JobPostingStatus,
  LiveQuestionStatus,
  LiveRoomStatus,
  PriorityGroup,
  Role,
} from '@jobbridge/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import type { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import type { JobPostingEntity } from '../../modules/jobs/job-posting.entity';
import {
  JobFaqEntity,
  LiveRoomEntity,
  LiveRoomImpressionEntity,
  LiveRoomJobEntity,
  LiveRoomPinEntity,
  LiveRoomQuestionEntity,
  LiveRoomViewerEntity,
} from '../../modules/live-rooms/live-room.entity';
import type { UserEntity } from '../../modules/users/user.entity';
import { Rng } from './demo-data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoLiveRoomContext {
  now: number;
  employerIds: Map<string, string>;
  employerOwners: Map<string, string>;
  officers: UserEntity[];
  postings: JobPostingEntity[];
  seekers: JobSeekerProfileEntity[];
}

const lineupOf = (postings: JobPostingEntity[], pick: (p: JobPostingEntity) => boolean, n: number) =>
  postings.filter((p) => p.status === JobPostingStatus.PUBLISHED && p.truthCard?.workingHours && pick(p)).slice(0, n);

async function room(em: EntityManager, fields: Partial<LiveRoomEntity>, lineup: JobPostingEntity[]): Promise<LiveRoomEntity> {
  const saved = await em.save(em.create(LiveRoomEntity, fields));
  await em.save(lineup.map((j, position) => em.create(LiveRoomJobEntity, { roomId: saved.id, jobPostingId: j.id, position })));
  return saved;
}

/**
 * Demo live rooms (直播带岗): a bureau officer's multi-employer room tomorrow, an employer's room in two hours (the
 * demo employer 13900000002 can go live from its console), and a past room three days ago with stored figures —
 * viewers by county and priority group, impressions, applications that went on to interviews and a hire, answered
 * questions and FAQ items — so the after-room report has something to show.
 */
export async function seedDemoLiveRooms(em: EntityManager, c: DemoLiveRoomContext): Promise<void> {
  const rng = new Rng(20261201);
  const linxiaOfficer = c.officers.find((o) => o.regionCode === '622900')!;
  const gankang = c.employerIds.get('kl-gankang')!;
  const shusuan = c.employerIds.get('qy-shusuan')!;

  await room(
    em,
    {
      title: '临夏州人社局长直播带岗·春风行动专场',
      description: '州人社局局长走进直播间，推介州内重点企业和重大项目岗位，现场解答求职者关心的工资、住宿、社保问题。',
      hostUserId: linxiaOfficer.id,
      hostRole: Role.OFFICER,
      employerId: null,
      regionCode: '622900',
      scheduledStart: new Date(c.now + DAY),
      scheduledEnd: new Date(c.now + DAY + 2 * HOUR),
      streamUrl: 'https://live.example.gov.cn/hls/linxia-chunfeng.m3u8',
    },
    lineupOf(c.postings, (p) => p.workRegionCode.startsWith('6229'), 6),
  );

  await room(
    em,
    {
      title: '甘康电焊工专场：G310康乐段项目招工',
      description: '持证焊工、气割工、钢筋工，项目部包住宿，康乐县本地户籍优先。',
      hostUserId: c.employerOwners.get('kl-gankang')!,
      hostRole: Role.EMPLOYER,
      employerId: gankang,
      regionCode: '622922',
      scheduledStart: new Date(c.now + 2 * HOUR),
      scheduledEnd: new Date(c.now + 3 * HOUR),
      streamUrl: 'https://live.example.gov.cn/hls/gankang-welders.m3u8',
    },
    lineupOf(c.postings, (p) => p.employerId === gankang, 5),
  );

  const pastLineup = lineupOf(c.postings, (p) => p.employerId === shusuan, 4);
  const startedAt = new Date(c.now - 3 * DAY);
  const endedAt = new Date(startedAt.getTime() + 95 * 60_000);
  const past = await room(
    em,
    {
      title: '东数西算庆阳数据中心专场直播带岗',
      description: '数据中心运维、电工、暖通、安防岗位专场，订单培养、包吃住、五险一金。',
      hostUserId: c.employerOwners.get('qy-shusuan')!,
      hostRole: Role.EMPLOYER,
      employerId: shusuan,
      regionCode: '621002',
      status: LiveRoomStatus.ENDED,
      scheduledStart: startedAt,
      scheduledEnd: endedAt,
      startedAt,
      endedAt,
      streamUrl: 'https://live.example.gov.cn/hls/qingyang-dc.m3u8',
      peakViewers: 186,
      likes: 2431,
    },
    pastLineup,
  );
  if (!pastLineup.length) return;

  // Viewers: the demo seekers of 庆阳 who watched, plus other signed-in and anonymous viewers.
  const counties = ['621002', '621002', '621002', '621021', '621026', '621027', '621022', '622901'];
  const groups = [
    [],
    [],
    [PriorityGroup.GRADUATE],
    [PriorityGroup.POVERTY_ALLEVIATED],
    [PriorityGroup.MIGRANT_WORKER],
    [PriorityGroup.YOUTH, PriorityGroup.REGISTERED_UNEMPLOYED],
    [PriorityGroup.VETERAN],
  ];
  const watchers = c.seekers.filter((s) => (s.residenceRegionCode ?? '').startsWith('6210'));
  const viewers: Partial<LiveRoomViewerEntity>[] = watchers.map((s) => ({
    roomId: past.id,
    viewerKey: `u:${s.userId}`,
    userId: s.userId,
    countyCode: (s.residenceRegionCode ?? s.hukouRegionCode)!.slice(0, 6),
    priorityGroups: s.priorityGroups,
    firstJoinedAt: new Date(startedAt.getTime() + rng.int(0, 40) * 60_000),
    watchSeconds: rng.int(600, 5400),
  }));
  for (let i = 0; i < 236; i++) {
    const signedIn = rng.chance(0.6);
    viewers.push({
      roomId: past.id,
      viewerKey: signedIn ? `u:demo-viewer-${i}` : `a:${randomUUID()}`,
      userId: null,
      countyCode: signedIn ? rng.pick(counties) : null,
      priorityGroups: signedIn ? rng.pick(groups) : [],
      firstJoinedAt: new Date(startedAt.getTime() + rng.int(0, 80) * 60_000),
      watchSeconds: rng.int(30, 3600),
    });
  }
  await em.save(
    viewers.map((v) => em.create(LiveRoomViewerEntity, v)),
    { chunk: 200 },
  );

  const impressions: Partial<LiveRoomImpressionEntity>[] = [];
  for (const [i, job] of pastLineup.entries()) {
    await em.save(
      em.create(LiveRoomPinEntity, {
        roomId: past.id,
        jobPostingId: job.id,
        pinnedAt: new Date(startedAt.getTime() + (5 + i * 20) * 60_000),
        unpinnedAt: new Date(startedAt.getTime() + (22 + i * 20) * 60_000),
      }),
    );
    for (const v of viewers)
      if (rng.chance(0.75 - i * 0.1)) impressions.push({ roomId: past.id, jobPostingId: job.id, viewerKey: v.viewerKey });
  }
  await em.save(
    impressions.map((x) => em.create(LiveRoomImpressionEntity, x)),
    { chunk: 500 },
  );

  // Applications from the room by demo seekers: one hired, one interviewed, one new.
  const outcomes = [ApplicationStatus.HIRED, ApplicationStatus.INTERVIEW, ApplicationStatus.SUBMITTED];
  for (const [i, seeker] of watchers.slice(0, 3).entries()) {
    const job = pastLineup[i % pastLineup.length];
    const at = new Date(startedAt.getTime() + (10 + i * 15) * 60_000);
    const exists = await em.getRepository(ApplicationEntity).findOneBy({ jobPostingId: job.id, seekerProfileId: seeker.id });
    if (exists) continue;
    const a = await em.save(
      em.create(ApplicationEntity, {
        jobPostingId: job.id,
        seekerProfileId: seeker.id,
        status: outcomes[i],
        source: ApplicationSource.LIVE_ROOM,
        liveRoomId: past.id,
        createdAt: at,
      }),
    );
    const steps = [
      ApplicationStatus.SUBMITTED,
      ...(i < 2 ? [ApplicationStatus.INTERVIEW] : []),
      ...(i === 0 ? [ApplicationStatus.HIRED] : []),
    ];
    let from: ApplicationStatus | null = null;
    for (const to of steps) {
      const employerAct = to !== ApplicationStatus.SUBMITTED;
      await em.save(
        em.create(ApplicationEventEntity, {
          applicationId: a.id,
          fromStatus: from,
          toStatus: to,
          actorUserId: employerAct ? c.employerOwners.get('qy-shusuan')! : seeker.userId,
          actorRole: employerAct ? Role.EMPLOYER : Role.JOB_SEEKER,
          actorName: employerAct ? '庆阳东数西算数据中心运营有限公司' : seeker.fullName,
          note: to === ApplicationStatus.INTERVIEW ? '直播间报名，约周三上午面试' : null,
        }),
      );
      from = to;
    }
  }

  const asked = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
  const q = (text: string, job: JobPostingEntity, minutes: number, answer: string | null, status: LiveQuestionStatus) =>
    em.create(LiveRoomQuestionEntity, {
      roomId: past.id,
      jobPostingId: job.id,
      askerUserId: watchers[0]?.userId ?? c.employerOwners.get('qy-shusuan')!,
      askerName: '王**',
      text,
      status,
      answer,
      answeredAt: answer ? asked(minutes + 2) : null,
      createdAt: asked(minutes),
    });
  const [first, second] = [pastLineup[0], pastLineup[1] ?? pastLineup[0]];
  const questions = await em.save([
    q('没有电工证可以报名吗？', first, 8, '可以，入职后公司统一组织考取低压电工证，费用公司承担', LiveQuestionStatus.ANSWERED),
    q('夜班多吗？一个月休几天？', first, 12, '四班三倒，每月休8天，夜班有补贴', LiveQuestionStatus.ANSWERED),
    q('宿舍离机房远吗？', second, 30, '园区内员工公寓，步行5分钟', LiveQuestionStatus.ANSWERED),
    q('应届生有没有带教师傅？', second, 41, '有，一对一带教三个月', LiveQuestionStatus.ANSWERED),
    q('试用期工资打几折？', first, 70, null, LiveQuestionStatus.MOVED_TO_FAQ),
    q('女生可以报运维岗吗？', second, 82, null, LiveQuestionStatus.MOVED_TO_FAQ),
  ]);
  await em.save(
    questions
      .filter((x) => x.status === LiveQuestionStatus.MOVED_TO_FAQ)
      .map((x, i) =>
        em.create(JobFaqEntity, {
          jobPostingId: x.jobPostingId!,
          question: x.text,
          questionId: x.id,
          sourceRoomId: past.id,
          askedAt: x.createdAt,
          answer: i === 1 ? '可以，运维岗位男女不限，已有多名女工程师在岗' : null,
          answeredAt: i === 1 ? new Date(endedAt.getTime() + DAY) : null,
        }),
      ),
  );
}
