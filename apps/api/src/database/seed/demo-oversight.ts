import {
  ApplicationSource,
  ApplicationStatus,
  DormitoryProvision,
  EducationLevel,
  FlagDecision,
  JobKind,
  JobPostingStatus,
  MealProvision,
  SocialInsurance,
  ReportAction,
  ReportCategory,
  ReportStatus,
  ReportTargetType,
  Role,
} from '@jobbridge/contracts';
import { assessLayoffPlan, chinaCalendarDate, formatIsoDate, screenPostingDraft } from '@jobbridge/domain';
import { EntityManager } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import { JobPostingEntity } from '../../modules/jobs/job-posting.entity';
import {
  ContentReportEntity,
  HireCheckInEntity,
  LayoffPlanEntity,
  ScreeningDecisionEntity,
} from '../../modules/oversight/oversight.entity';
import { OutboxTopic, recordOutbox } from '../../modules/search-index/outbox';
import type { DemoFairContext } from './demo-job-fairs';

const DAY = 86_400_000;

/** The demo world, as the fairs see it. */
export type DemoOversightContext = DemoFairContext;

/** Postings in review that the screen flags, one per kind of flag the bureau now catches (issue 13). */
const FLAGGED: { title: string; description: string; education?: EducationLevel }[] = [
  { title: '保洁员', description: '负责厂区公共区域清洁，要求本科及以上学历，月休4天。', education: EducationLevel.BACHELOR },
  { title: '食品包装工', description: '车间包装，需持健康证上岗。乙肝携带者勿扰，入职体检需查乙肝五项。' },
  { title: '商场导购', description: '入职需先交300元服装费和500元押金，转正后退还。' },
  { title: '网络兼职打字员', description: '在家手机刷单，无需经验，日结500元以上，下载APP充值100元即可开始。' },
  { title: '电子厂普工（代招）', description: '代招某电子厂普工，包进厂，报名交介绍费200元，入职需押身份证。' },
  { title: '仓库管理员', description: '限男性，35岁以下，本地户口优先。' },
];

/**
 * Demo oversight (issue 13): flagged postings of every kind waiting for review (one flag upheld, one dismissed),
 * seekers' reports (open and decided), post-hire check-ins answered for a hire, layoff filings in 临夏县 (one late),
 * enough people affected to put the county on warning this month, and one employer's hiring suspended.
 */
export async function seedDemoOversight(em: EntityManager, c: DemoOversightContext): Promise<void> {
  const officer = c.officers.find((o) => o.regionCode?.startsWith('6229')) ?? c.officers[0];
  const linxia = c.employers.filter((e) => e.regionCode.startsWith('6229'));
  const flaggedEmployer = linxia[linxia.length - 1] ?? c.employers[0];
  const at = new Date(c.now - 2 * DAY);

  // --- flagged postings in the review queue
  const flagged: JobPostingEntity[] = [];
  for (const f of FLAGGED) {
    flagged.push(
      await em.save(
        em.create(JobPostingEntity, {
          employerId: flaggedEmployer.id,
          title: f.title,
          description: f.description,
          occupation: f.title,
          headcount: 5,
          payMin: 3000,
          payMax: 4500,
          workRegionCode: flaggedEmployer.regionCode,
          address: '临夏县城关镇',
          lat: null,
          lng: null,
          kind: JobKind.FULL_TIME,
          skills: [],
          education: f.education ?? null,
          minExperienceYears: null,
          certificates: [],
          truthCard: {
            workingHours: '8:00-17:00',
            shifts: null,
            dormitory: DormitoryProvision.FREE,
            meals: MealProvision.FREE,
            socialInsurance: SocialInsurance.FIVE_INSURANCES,
            note: null,
          },
          status: JobPostingStatus.PENDING_REVIEW,
          screeningFlags: screenPostingDraft({ title: f.title, description: f.description, education: f.education ?? null }).map((x) => ({
            code: x.code,
            evidence: x.evidence,
          })),
          submittedAt: at,
          createdAt: at,
          updatedAt: at,
        }),
      ),
    );
  }
  await recordOutbox(
    em,
    OutboxTopic.JOB_POSTING_CHANGED,
    flagged.map((p) => p.id),
  );
  const decide = (p: JobPostingEntity, decision: FlagDecision, reason: string) => {
    const flag = p.screeningFlags[0];
    if (!flag) return Promise.resolve(null);
    return em.save(
      em.create(ScreeningDecisionEntity, {
        jobPostingId: p.id,
        employerId: p.employerId,
        regionCode: p.workRegionCode,
        code: flag.code,
        evidence: flag.evidence,
        decision,
        reason,
        decidedByUserId: officer.id,
        decidedAt: new Date(c.now - DAY),
      }),
    );
  };
  await decide(flagged[5], FlagDecision.UPHOLD, '限定性别，属就业歧视，已责令修改');
  await decide(flagged[1], FlagDecision.DISMISS, '食品行业健康证要求合法（本条提示为乙肝检测，另案处理）');

  // --- reports
  const published = c.postings.filter((p) => p.status === JobPostingStatus.PUBLISHED && p.workRegionCode.startsWith('6229'));
  const reporters = c.seekers.filter((s) => s.userId);
  const report = (i: number, category: ReportCategory, text: string, resolved?: { action: ReportAction; note: string }) => {
    const p = published[i % published.length];
    return em.save(
      em.create(ContentReportEntity, {
        reporterUserId: reporters[i % reporters.length].userId,
        targetType: ReportTargetType.JOB_POSTING,
        targetId: p.id,
        jobPostingId: p.id,
        employerId: p.employerId,
        regionCode: p.workRegionCode,
        category,
        text,
        photos: [],
        status: resolved ? ReportStatus.RESOLVED : ReportStatus.OPEN,
        action: resolved?.action ?? null,
        resolutionNote: resolved?.note ?? null,
        resolvedByUserId: resolved ? officer.id : null,
        resolvedAt: resolved ? new Date(c.now - DAY) : null,
        createdAt: new Date(c.now - (resolved ? 3 : 1) * DAY),
      }),
    );
  };
  await report(0, ReportCategory.NOT_AS_DESCRIBED, '说好包住宿，入职后要自己付房租每月300元。');
  await report(1, ReportCategory.DISCRIMINATION, '电话里说只要男的，女的不用来面试。');
  await report(2, ReportCategory.FEES, '面试时要交200元体检费，说入职后退，一直没退。', {
    action: ReportAction.WARN,
    note: '已约谈单位，责令退还体检费并整改招聘流程',
  });

  // --- a hire a month ago, with both check-ins answered (and its truth card confirmed)
  const hiredJob = published[3 % published.length];
  for (const [i, seeker] of c.seekers.slice(6, 12).entries()) {
    const hiredAt = new Date(c.now - 35 * DAY - i * 3_600_000);
    const a = await em.save(
      em.create(ApplicationEntity, {
        jobPostingId: hiredJob.id,
        seekerProfileId: seeker.id,
        status: ApplicationStatus.HIRED,
        source: i % 2 ? ApplicationSource.JOB_FAIR : ApplicationSource.SEARCH,
        createdAt: new Date(hiredAt.getTime() - 5 * DAY),
      }),
    );
    await em.save(
      em.create(ApplicationEventEntity, {
        applicationId: a.id,
        fromStatus: ApplicationStatus.SUBMITTED,
        toStatus: ApplicationStatus.HIRED,
        actorUserId: c.employerOwners.get(hiredJob.employerId) ?? officer.id,
        actorRole: Role.EMPLOYER,
        actorName: '招聘负责人',
        note: null,
        createdAt: hiredAt,
      }),
    );
    for (const day of [7, 30]) {
      const due = new Date(hiredAt.getTime() + day * DAY);
      await em.save(
        em.create(HireCheckInEntity, {
          applicationId: a.id,
          workerUserId: seeker.userId,
          employerId: hiredJob.employerId,
          jobPostingId: hiredJob.id,
          hiredAt,
          day,
          dueAt: due,
          answeredAt: new Date(due.getTime() + 3_600_000),
          stillWorking: !(day === 30 && i === 5),
          paidAsPromised: i !== 4,
          hoursAsStated: true,
          dormitoryAsStated: true,
          mealsAsStated: true,
          insuranceAsStated: i !== 3,
          comment: i === 4 ? '第一个月工资晚发了十天' : null,
        }),
      );
    }
  }

  // --- layoff filings in 临夏县: one on time, one late; together they put the county on warning this month
  const county = linxia.find((e) => e.regionCode.startsWith('622921')) ?? linxia[0] ?? c.employers[0];
  const thisMonth = formatIsoDate(chinaCalendarDate(new Date(c.now))).slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(thisMonth.slice(0, 4)), Number(thisMonth.slice(5, 7)), 0)).getUTCDate();
  const today = chinaCalendarDate(new Date(c.now)).day;
  const filings = [
    {
      staffNow: 1200,
      peopleToCut: 260,
      daysAgoFiled: 40,
      layoffDay: Math.min(lastDay, today + 2),
      reasons: '出口订单下降，压缩两条生产线',
    },
    { staffNow: 300, peopleToCut: 45, daysAgoFiled: 3, layoffDay: Math.min(lastDay, today + 5), reasons: '季节性停工，临时减员' },
  ];
  for (const f of filings) {
    const filedAt = new Date(c.now - f.daysAgoFiled * DAY);
    const layoffDate = `${thisMonth}-${String(f.layoffDay).padStart(2, '0')}`;
    const verdict = assessLayoffPlan({ staffCount: f.staffNow, peopleToCut: f.peopleToCut, layoffDate, filedOn: filedAt });
    await em.save(
      em.create(LayoffPlanEntity, {
        employerId: county.id,
        regionCode: county.regionCode,
        staffNow: f.staffNow,
        peopleToCut: f.peopleToCut,
        layoffDate,
        reasons: f.reasons,
        consulted: true,
        consultationNote: '已召开职工代表大会通报',
        reportable: verdict.reportable,
        onTime: verdict.onTime,
        daysBefore: verdict.daysBefore,
        verdictReasons: verdict.reasons,
        filedByUserId: c.employerOwners.get(county.id) ?? officer.id,
        filedAt,
      }),
    );
  }
}
