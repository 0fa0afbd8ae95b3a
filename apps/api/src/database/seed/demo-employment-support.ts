import {
  ApplicationSource,
  ApplicationStatus,
  FollowUpChannel,
  FollowUpOutcome,
  Gender,
  JobPostingStatus,
  RegistrationCloseReason,
  Role,
  SupportCaseKind,
  SupportCaseStatus,
  UnemploymentReason,
  UnemploymentRegistrationStatus,
} from '@jobbridge/contracts';
import {
  chinaIsoDateOf,
  difficultyCategories,
  generateIdNumber,
  maskIdNumber,
  nextFollowUpDue,
  scheduleAfterFollowUp,
} from '@jobbridge/domain';
import type { EntityManager } from 'typeorm';
import type { PiiCipher } from '../../common/crypto/pii-cipher';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import {
  HouseholdEntity,
  SupportCaseEntity,
  SupportFollowUpEntity,
  UnemploymentRegistrationEntity,
} from '../../modules/employment-support/employment-support.entity';
import type { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import type { DemoFairContext } from './demo-job-fairs';

const DAY = 86_400_000;

interface DemoFollowUp {
  daysAgo: number;
  channel: FollowUpChannel;
  outcome: FollowUpOutcome;
  note: string;
  /** Recommend a published posting of the person's prefecture with this word in its title (the first found). */
  recommend?: string;
}

interface DemoRegistration {
  /** A demo seeker, by full name. */
  person: string;
  daysAgo: number;
  reason: UnemploymentReason;
  lastEmployerName: string | null;
  lastJobEndedMonthsAgo: number | null;
  household: { headName: string | null; workingAgeMembers: number; employedMembers: number };
  followUps: DemoFollowUp[];
  /** Hired on the platform this many days ago (the case closes as EMPLOYED with the application). */
  hiredDaysAgo?: number;
}

/**
 * Registered unemployed people of 临夏 and 庆阳 (demo seekers the other demos did not hire). As the caseload reads on
 * the day: 马小军 overdue, 何秀兰 never contacted and due this week (her household 零就业), 马永福 closed as employed on a
 * hire eight days ago, 王建军 due in a few days, 张海龙 overdue (the last call did not reach him).
 */
const REGISTRATIONS: DemoRegistration[] = [
  {
    person: '马小军',
    daysAgo: 40,
    reason: UnemploymentReason.CONTRACT_ENDED,
    lastEmployerName: '临夏市河州饭庄',
    lastJobEndedMonthsAgo: 2,
    household: { headName: '马福禄', workingAgeMembers: 4, employedMembers: 1 },
    followUps: [
      {
        daysAgo: 36,
        channel: FollowUpChannel.PHONE,
        outcome: FollowUpOutcome.CONTINUING,
        note: '电话联系本人，想在临夏市区找餐饮类工作，已推荐牛肉拉面岗位和春风行动网络招聘会。',
        recommend: '拉面',
      },
    ],
  },
  {
    person: '何秀兰',
    daysAgo: 26,
    reason: UnemploymentReason.LAID_OFF,
    lastEmployerName: '临夏州某服装加工厂',
    lastJobEndedMonthsAgo: 1,
    household: { headName: null, workingAgeMembers: 3, employedMembers: 0 },
    followUps: [],
  },
  {
    person: '马永福',
    daysAgo: 55,
    reason: UnemploymentReason.CONTRACT_ENDED,
    lastEmployerName: '兰州新区某建筑公司',
    lastJobEndedMonthsAgo: 3,
    household: { headName: null, workingAgeMembers: 2, employedMembers: 0 },
    followUps: [
      {
        daysAgo: 41,
        channel: FollowUpChannel.VISIT,
        outcome: FollowUpOutcome.TRAINING,
        note: '入户走访，本人愿意参加电焊技能培训，已登记下期培训班。',
      },
      {
        daysAgo: 20,
        channel: FollowUpChannel.WECHAT,
        outcome: FollowUpOutcome.CONTINUING,
        note: '微信联系，培训已结业，推荐州内建筑类岗位。',
        recommend: '工',
      },
    ],
    hiredDaysAgo: 8,
  },
  {
    person: '王建军',
    daysAgo: 33,
    reason: UnemploymentReason.BUSINESS_CLOSED,
    lastEmployerName: null,
    lastJobEndedMonthsAgo: 2,
    household: { headName: null, workingAgeMembers: 3, employedMembers: 1 },
    followUps: [
      {
        daysAgo: 26,
        channel: FollowUpChannel.WECHAT,
        outcome: FollowUpOutcome.CONTINUING,
        note: '微信联系，本人退役后经营的汽修店已停业，希望从事驾驶或设备维修工作。',
        recommend: '司机',
      },
    ],
  },
  {
    person: '张海龙',
    daysAgo: 50,
    reason: UnemploymentReason.LAID_OFF,
    lastEmployerName: '东莞某电子厂',
    lastJobEndedMonthsAgo: 2,
    household: { headName: '张有福', workingAgeMembers: 2, employedMembers: 1 },
    followUps: [
      {
        daysAgo: 45,
        channel: FollowUpChannel.VISIT,
        outcome: FollowUpOutcome.CONTINUING,
        note: '入户走访，返乡农民工，希望在镇原县内就近务工。',
      },
      { daysAgo: 10, channel: FollowUpChannel.PHONE, outcome: FollowUpOutcome.NOT_REACHED, note: '电话两次未接通，下周上门。' },
    ],
  },
];

/** A difficulty-group person followed up without registering (the sweep would open the same case on first read). */
const DIFFICULTY: { person: string; daysAgo: number; followUps: DemoFollowUp[] }[] = [
  {
    person: '郭彩琴',
    daysAgo: 70,
    followUps: [
      {
        daysAgo: 33,
        channel: FollowUpChannel.VISIT,
        outcome: FollowUpOutcome.TRAINING,
        note: '入户走访脱贫户，本人愿意学习家政服务，已推荐县里的就业帮扶车间。',
      },
    ],
  },
];

/**
 * Demo tracked help (issue 14): registered unemployed people of 临夏 and 庆阳 with their households, cases and
 * follow-ups (some overdue, some due this week), one case closed on a hire, one zero-employment household, and a
 * difficulty-group case opened by the bureau. Difficulty-group seekers without a case or a hire would get theirs from the
 * sweep on the officers' first read, as in production.
 */
export async function seedDemoEmploymentSupport(em: EntityManager, c: DemoFairContext, cipher: PiiCipher): Promise<void> {
  const dayOf = (daysAgo: number) => chinaIsoDateOf(new Date(c.now - daysAgo * DAY));
  const at = (daysAgo: number, hour = 10) => new Date(c.now - daysAgo * DAY + (hour - 12) * 3_600_000);
  const officerFor = (regionCode: string) => c.officers.find((o) => o.regionCode && regionCode.startsWith(o.regionCode.slice(0, 4)))!;
  const published = c.postings.filter((p) => p.status === JobPostingStatus.PUBLISHED);
  const jobFor = (profile: JobSeekerProfileEntity, word: string, except: Set<string> = new Set()) =>
    published.find(
      (p) => p.workRegionCode.slice(0, 4) === profile.residenceRegionCode!.slice(0, 4) && p.title.includes(word) && !except.has(p.id),
    );

  const followUps = async (kase: SupportCaseEntity, profile: JobSeekerProfileEntity, list: DemoFollowUp[]) => {
    const officer = officerFor(kase.regionCode);
    let schedule = { openedOn: kase.openedOn, lastContactOn: kase.lastContactOn, nextFollowUpDue: kase.nextFollowUpDue };
    for (const f of list) {
      const job = f.recommend ? jobFor(profile, f.recommend) : undefined;
      await em.save(
        em.create(SupportFollowUpEntity, {
          caseId: kase.id,
          officerUserId: officer.id,
          officerName: officer.displayName,
          contactedOn: dayOf(f.daysAgo),
          channel: f.channel,
          note: f.note,
          outcome: f.outcome,
          recommendedJobPostingIds: job ? [job.id] : [],
          recommendedFairIds: [],
          createdAt: at(f.daysAgo, 15),
        }),
      );
      const next = scheduleAfterFollowUp(schedule, dayOf(f.daysAgo), f.outcome);
      schedule = { openedOn: next.openedOn, lastContactOn: next.lastContactOn, nextFollowUpDue: next.nextFollowUpDue };
      kase.outcome = f.outcome;
    }
    Object.assign(kase, schedule);
    return em.save(kase);
  };

  for (const [i, r] of REGISTRATIONS.entries()) {
    const profile = c.seekers.find((s) => s.fullName === r.person);
    if (!profile?.residenceRegionCode) continue;
    // An identity number for the person: the address code of their hukou, their birth year, a sequence whose parity
    // gives their gender (GB 11643).
    const seq = 100 + i * 10 + (profile.gender === Gender.FEMALE ? 2 : 1);
    const idNumber = profile.idNumberEncrypted
      ? cipher.decrypt(profile.idNumberEncrypted)
      : generateIdNumber(`${profile.hukouRegionCode ?? profile.residenceRegionCode}${profile.birthYear ?? 1990}0${(i % 9) + 1}1${i}${seq}`);
    const headId = r.household.headName ? generateIdNumber(`${profile.hukouRegionCode}1965031${i}${seq + 4}`) : idNumber;
    const household = await em.save(
      em.create(HouseholdEntity, {
        regionCode: profile.residenceRegionCode,
        headIdNumberHash: cipher.blindIndex(headId),
        headIdNumberMasked: maskIdNumber(headId),
        headName: r.household.headName ?? profile.fullName,
        workingAgeMembers: r.household.workingAgeMembers,
        declaredEmployedMembers: r.household.employedMembers,
        createdAt: at(r.daysAgo),
        updatedAt: at(r.daysAgo),
      }),
    );
    const registeredOn = dayOf(r.daysAgo);
    const registration = await em.save(
      em.create(UnemploymentRegistrationEntity, {
        userId: profile.userId,
        seekerProfileId: profile.id,
        regionCode: profile.residenceRegionCode,
        registeredOn,
        reason: r.reason,
        lastEmployerName: r.lastEmployerName,
        lastJobEndedMonth: r.lastJobEndedMonthsAgo === null ? null : dayOf(r.daysAgo + r.lastJobEndedMonthsAgo * 30).slice(0, 7),
        wantsJob: true,
        difficultyCategories: difficultyCategories(profile.priorityGroups),
        idNumberEncrypted: cipher.encrypt(idNumber),
        idNumberHash: cipher.blindIndex(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        householdId: household.id,
        createdAt: at(r.daysAgo),
      }),
    );
    let kase = await em.save(
      em.create(SupportCaseEntity, {
        seekerProfileId: profile.id,
        userId: profile.userId,
        kind: SupportCaseKind.UNEMPLOYED,
        regionCode: profile.residenceRegionCode,
        registrationId: registration.id,
        openedOn: registeredOn,
        nextFollowUpDue: nextFollowUpDue(registeredOn, null),
        createdAt: at(r.daysAgo),
      }),
    );
    kase = await followUps(kase, profile, r.followUps);

    if (r.hiredDaysAgo !== undefined) {
      const applied = new Set<string>(
        (await em.query(`SELECT job_posting_id FROM applications WHERE seeker_profile_id = $1`, [profile.id])).map(
          (row: { job_posting_id: string }) => row.job_posting_id,
        ),
      );
      const job = jobFor(profile, '工', applied) ?? jobFor(profile, '', applied);
      if (!job) continue;
      const hiredAt = at(r.hiredDaysAgo, 11);
      const application = await em.save(
        em.create(ApplicationEntity, {
          jobPostingId: job.id,
          seekerProfileId: profile.id,
          status: ApplicationStatus.HIRED,
          source: ApplicationSource.RECOMMENDATION,
          createdAt: at(r.hiredDaysAgo + 6),
          updatedAt: hiredAt,
        }),
      );
      const employerUser = c.employerOwners.get(job.employerId) ?? officerFor(kase.regionCode).id;
      const steps: [ApplicationStatus | null, ApplicationStatus, Date][] = [
        [null, ApplicationStatus.SUBMITTED, at(r.hiredDaysAgo + 6)],
        [ApplicationStatus.SUBMITTED, ApplicationStatus.INTERVIEW, at(r.hiredDaysAgo + 3)],
        [ApplicationStatus.INTERVIEW, ApplicationStatus.HIRED, hiredAt],
      ];
      for (const [from, to, when] of steps) {
        await em.save(
          em.create(ApplicationEventEntity, {
            applicationId: application.id,
            fromStatus: from,
            toStatus: to,
            actorUserId: to === ApplicationStatus.SUBMITTED ? profile.userId : employerUser,
            actorRole: to === ApplicationStatus.SUBMITTED ? Role.JOB_SEEKER : Role.EMPLOYER,
            actorName: to === ApplicationStatus.SUBMITTED ? profile.fullName : '招聘负责人',
            note: null,
            createdAt: when,
          }),
        );
      }
      await em.save(
        Object.assign(kase, {
          status: SupportCaseStatus.CLOSED,
          outcome: FollowUpOutcome.EMPLOYED,
          closedAt: hiredAt,
          employedByApplicationId: application.id,
        }),
      );
      await em.save(
        Object.assign(registration, {
          status: UnemploymentRegistrationStatus.CLOSED,
          closedReason: RegistrationCloseReason.EMPLOYED,
          closedAt: hiredAt,
          closedByApplicationId: application.id,
        }),
      );
    }
  }

  for (const d of DIFFICULTY) {
    const profile = c.seekers.find((s) => s.fullName === d.person);
    if (!profile?.residenceRegionCode) continue;
    const openedOn = dayOf(d.daysAgo);
    const kase = await em.save(
      em.create(SupportCaseEntity, {
        seekerProfileId: profile.id,
        userId: profile.userId,
        kind: SupportCaseKind.DIFFICULTY,
        regionCode: profile.residenceRegionCode,
        registrationId: null,
        openedOn,
        nextFollowUpDue: nextFollowUpDue(openedOn, null),
        createdAt: at(d.daysAgo),
      }),
    );
    await followUps(kase, profile, d.followUps);
  }
}
