import {
  ApplicationSource,
  ApplicationStatus,
  JobPostingStatus,
  ProjectWorkerSource,
  Role,
  TeamRole,
  VerificationStatus,
} from '@jobbridge/contracts';
import {
  chinaCalendarDate,
  formatIsoDate,
  formatShare,
  isLocalHukou,
  isWithinRegion,
  localScopeRegionCode,
  maskIdNumber,
  POLICY_PACKS,
  resolvePolicy,
  screenJobPosting,
} from '@jobbridge/domain';
import { hash } from '@node-rs/argon2';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import { EmployerMemberEntity } from '../../modules/employers/employer-member.entity';
import { EmployerEntity } from '../../modules/employers/employer.entity';
import { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import { JobPostingEntity } from '../../modules/jobs/job-posting.entity';
import { OutboxTopic, recordOutbox } from '../../modules/search-index/outbox';
import { UserEntity } from '../../modules/users/user.entity';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { ProjectEntity, ProjectLabourPaymentEntity, ProjectWorkerEntity } from '../../modules/projects/project.entity';
import { buildDemoData, DEMO_PASSWORD, DemoData } from './demo-data';
import { seedDemoJobFairs } from './demo-job-fairs';
import { seedDemoEmploymentSupport } from './demo-employment-support';
import { seedDemoGigs } from './demo-gigs';
import { seedDemoOversight } from './demo-oversight';
import { seedDemoSubsidies } from './demo-subsidies';
import { seedDemoLiveRooms } from './demo-live-rooms';
import { buildDemoProjects, DEMO_PROJECT_TRUTH_CARD, DemoProject } from './demo-projects';

export interface DemoLogins {
  password: string;
  logins: { role: Role; login: string; name: string }[];
}

const DAY = 86_400_000;

/**
 * Seeds the demo data once: only into a database without users. Everything in one transaction, so a failed seed
 * leaves nothing behind and the next start tries again. Returns the demo logins to print.
 */
export async function seedDemoData(
  ds: DataSource,
  logger: Pick<Logger, 'info'>,
  cipher: PiiCipher,
  data: DemoData = buildDemoData(),
  projects: DemoProject[] = buildDemoProjects(),
  options: {
    liveRooms?: boolean;
    jobFairs?: boolean;
    oversight?: boolean;
    subsidies?: boolean;
    employmentSupport?: boolean;
    gigs?: boolean;
  } = {},
): Promise<DemoLogins> {
  const logins = listLogins(data);
  if ((await ds.getRepository(UserEntity).count()) > 0) return logins;
  const passwordHash = await hash(DEMO_PASSWORD);
  const now = Date.now();
  await ds.transaction(async (em) => {
    const user = (role: Role, l: { phone: string; displayName: string }, regionCode: string | null = null) =>
      em.save(em.create(UserEntity, { role, phone: l.phone, email: null, displayName: l.displayName, passwordHash, regionCode }));

    await user(Role.ADMIN, data.admin);
    const officers = [];
    for (const o of data.officers) officers.push(await user(Role.OFFICER, o.login, o.regionCode));

    const employerIds = new Map<string, string>();
    const employerOwners = new Map<string, string>();
    for (const [i, e] of data.employers.entries()) {
      // Employers without a demo login still need an owner account; they get one that cannot sign in by phone guess.
      const owner = await user(Role.EMPLOYER, e.login ?? { phone: `1990000${String(i).padStart(4, '0')}`, displayName: e.name });
      const saved = await em.save(
        em.create(EmployerEntity, {
          ownerUserId: owner.id,
          name: e.name,
          creditCode: e.creditCode,
          regionCode: e.regionCode,
          industry: e.industry,
          size: e.size,
          contactName: e.contactName,
          contactPhone: e.contactPhone,
          description: e.description,
          verificationStatus: i % 9 === 8 ? VerificationStatus.PENDING : VerificationStatus.VERIFIED,
          verifiedByUserId: i % 9 === 8 ? null : (officers[0]?.id ?? null),
          verifiedAt: i % 9 === 8 ? null : new Date(now - 90 * DAY),
        }),
      );
      await em.insert(EmployerMemberEntity, { employerId: saved.id, userId: owner.id, phone: owner.phone, role: TeamRole.OWNER });
      employerIds.set(e.key, saved.id);
      employerOwners.set(e.key, owner.id);
    }

    const postings = data.postings.map((p) => {
      const at = new Date(now - p.daysAgo * DAY);
      return em.create(JobPostingEntity, {
        employerId: employerIds.get(p.employerKey)!,
        title: p.title,
        description: p.description,
        occupation: p.occupation,
        headcount: p.headcount,
        payMin: p.payMin,
        payMax: p.payMax,
        workRegionCode: p.workRegionCode,
        address: p.address,
        lat: p.lat,
        lng: p.lng,
        kind: p.kind,
        skills: p.skills,
        education: p.education ?? null,
        minExperienceYears: p.minExperienceYears ?? null,
        certificates: p.certificates.map((c) => ({ name: c.name, level: c.level ?? null })),
        truthCard: { ...p.truthCard, shifts: p.truthCard.shifts ?? null, note: p.truthCard.note ?? null },
        status: p.status,
        screeningFlags: screen(p.title, p.description),
        submittedAt: p.status === JobPostingStatus.DRAFT ? null : at,
        publishedAt: p.status === JobPostingStatus.PUBLISHED ? at : null,
        reviewedAt: p.status === JobPostingStatus.PUBLISHED ? at : null,
        createdAt: at,
        updatedAt: at,
      });
    });
    const savedPostings = await em.save(postings, { chunk: 100 });
    // The search sync indexes them from the outbox, like any other change.
    await recordOutbox(
      em,
      OutboxTopic.JOB_POSTING_CHANGED,
      savedPostings.map((p) => p.id),
    );

    const seekers = [];
    for (const s of data.seekers) {
      const u = await user(Role.JOB_SEEKER, s.login);
      seekers.push(
        await em.save(
          em.create(JobSeekerProfileEntity, {
            userId: u.id,
            fullName: s.fullName,
            gender: s.gender,
            birthYear: s.birthYear,
            hukouRegionCode: s.hukouRegionCode,
            residenceRegionCode: s.residenceRegionCode,
            residenceLat: s.residenceLat,
            residenceLng: s.residenceLng,
            education: s.education,
            major: s.major ?? null,
            graduationDate: s.graduationDate ?? null,
            skills: s.skills,
            certificates: s.certificates.map((c) => ({ name: c.name, level: c.level ?? null })),
            labourBrand: s.labourBrand ?? null,
            desiredOccupations: s.desiredOccupations,
            desiredPlaces: s.desiredPlaces,
            expectedPayMin: s.expectedPayMin,
            expectedPayMax: s.expectedPayMax,
            priorityGroups: s.priorityGroups,
            discoverable: s.discoverable,
          }),
        ),
      );
    }
    await seedApplications(em, savedPostings, seekers);
    const projectPostings = await seedProjects(em, projects, employerIds, officers, cipher, now);
    if (options.liveRooms !== false) {
      await seedDemoLiveRooms(em, {
        now,
        employerIds,
        employerOwners,
        officers,
        postings: [...projectPostings, ...savedPostings],
        seekers,
      });
    }
    // Fairs and oversight see the same world: every employer with its owner, every posting, the officers and seekers.
    const world = {
      now,
      employers: await em.getRepository(EmployerEntity).find({ order: { createdAt: 'ASC' } }),
      employerOwners: new Map([...employerIds].map(([key, id]) => [id, employerOwners.get(key)!])),
      officers,
      postings: [...projectPostings, ...savedPostings],
      seekers,
    };
    if (options.jobFairs !== false) await seedDemoJobFairs(em, world);
    if (options.oversight !== false) await seedDemoOversight(em, world);
    if (options.subsidies !== false) await seedDemoSubsidies(em, world, cipher);
    if (options.employmentSupport !== false) await seedDemoEmploymentSupport(em, world, cipher);
    if (options.gigs !== false) await seedDemoGigs(em, world, cipher);
  });
  logger.info(
    { employers: data.employers.length, postings: data.postings.length, seekers: data.seekers.length, projects: projects.length },
    'demo data seeded',
  );
  return logins;
}

/** A few applications so employers' applicant lists and seekers' "my applications" are not empty. */
async function seedApplications(em: EntityManager, postings: JobPostingEntity[], seekers: JobSeekerProfileEntity[]) {
  const published = postings.filter((p) => p.status === JobPostingStatus.PUBLISHED);
  for (const [i, seeker] of seekers.slice(0, 6).entries()) {
    const job = published[(i * 7) % published.length];
    const a = await em.save(
      em.create(ApplicationEntity, {
        jobPostingId: job.id,
        seekerProfileId: seeker.id,
        status: ApplicationStatus.SUBMITTED,
        source: ApplicationSource.SEARCH,
      }),
    );
    await em.save(
      em.create(ApplicationEventEntity, {
        applicationId: a.id,
        fromStatus: null,
        toStatus: a.status,
        actorUserId: seeker.userId,
        actorRole: Role.JOB_SEEKER,
        actorName: seeker.fullName,
        note: null,
      }),
    );
  }
}

/** Major projects with rosters, their own postings and (work relief) labour payments; created by the region's officer. */
async function seedProjects(
  em: EntityManager,
  projects: DemoProject[],
  employerIds: Map<string, string>,
  officers: UserEntity[],
  cipher: PiiCipher,
  now: number,
): Promise<JobPostingEntity[]> {
  const all: JobPostingEntity[] = [];
  const isoDaysAgo = (days: number) => formatIsoDate(chinaCalendarDate(new Date(now - days * DAY)));
  for (const spec of projects) {
    const officer = officers.find((o) => o.regionCode && isWithinRegion(spec.regionCode, o.regionCode)) ?? officers[0];
    const policy = resolvePolicy(spec.regionCode, POLICY_PACKS).localHiringThreshold;
    const project = await em.save(
      em.create(ProjectEntity, {
        name: spec.name,
        employerId: employerIds.get(spec.employerKey)!,
        regionCode: spec.regionCode,
        kind: spec.kind,
        localScope: spec.localScope,
        plannedWorkforce: spec.plannedWorkforce,
        startDate: isoDaysAgo(spec.startedDaysAgo),
        endDate: isoDaysAgo(spec.startedDaysAgo - spec.durationDays),
        threshold: formatShare(policy.share),
        thresholdSource: policy.packName,
        breachRule: spec.breachRule,
        localFirstDays: spec.localFirstDays,
        investment: spec.investment,
        createdByUserId: officer.id,
      }),
    );
    const scope = localScopeRegionCode(project.regionCode, project.localScope);
    await em.save(
      spec.workers.map((w) =>
        em.create(ProjectWorkerEntity, {
          projectId: project.id,
          fullName: w.fullName,
          idNumberEncrypted: cipher.encrypt(w.idNumber),
          idNumberHash: cipher.blindIndex(w.idNumber),
          idNumberMasked: maskIdNumber(w.idNumber),
          hukouRegionCode: w.hukouRegionCode,
          isLocal: isLocalHukou(w.hukouRegionCode, scope),
          povertyAlleviated: w.povertyAlleviated,
          trade: w.trade,
          startDate: isoDaysAgo(w.startedDaysAgo),
          endDate: w.leftDaysAgo === null ? null : isoDaysAgo(w.leftDaysAgo),
          endReason: w.leftDaysAgo === null ? null : '合同期满',
          source: ProjectWorkerSource.CSV_IMPORT,
          createdByUserId: officer.id,
        }),
      ),
      { chunk: 100 },
    );
    for (const pay of spec.labourPayments) {
      await em.save(
        em.create(ProjectLabourPaymentEntity, {
          projectId: project.id,
          paidOn: isoDaysAgo(pay.daysAgo),
          amount: pay.amount,
          note: pay.note,
          recordedByUserId: officer.id,
        }),
      );
    }
    const county = spec.regionCode;
    const postings = await em.save(
      spec.postings.map((p, i) =>
        em.create(JobPostingEntity, {
          employerId: project.employerId,
          projectId: project.id,
          title: p.title,
          description: p.description,
          occupation: p.occupation,
          headcount: p.headcount,
          payMin: p.payMin,
          payMax: p.payMax,
          workRegionCode: county,
          address: `${spec.name}项目部`,
          lat: null,
          lng: null,
          kind: p.kind,
          skills: p.skills,
          certificates: [],
          truthCard: DEMO_PROJECT_TRUTH_CARD,
          status: JobPostingStatus.PUBLISHED,
          screeningFlags: screen(p.title, p.description),
          submittedAt: new Date(now - (i + 2) * DAY),
          publishedAt: new Date(now - (i + 1) * DAY),
          reviewedAt: new Date(now - (i + 1) * DAY),
          reviewedByUserId: officer.id,
        }),
      ),
    );
    await recordOutbox(
      em,
      OutboxTopic.JOB_POSTING_CHANGED,
      postings.map((p) => p.id),
    );
    all.push(...postings);
  }
  return all;
}

function screen(title: string, description: string) {
  return screenJobPosting({ title, description }).map((f) => ({ code: f.code, evidence: f.evidence }));
}

function listLogins(data: DemoData): DemoLogins {
  return {
    password: DEMO_PASSWORD,
    logins: [
      { role: Role.ADMIN, login: data.admin.phone, name: data.admin.displayName },
      ...data.officers.map((o) => ({ role: Role.OFFICER, login: o.login.phone, name: o.login.displayName })),
      ...data.employers.filter((e) => e.login).map((e) => ({ role: Role.EMPLOYER, login: e.login!.phone, name: e.name })),
      ...data.seekers
        .slice(0, 4)
        .map((s) => ({ role: Role.JOB_SEEKER, login: s.login.phone, name: `${s.fullName}（${s.priorityGroups.join('/') || '—'}）` })),
    ],
  };
}
