import {
  BreachRule,
  LocalHiringStatus,
  LocalScope,
  ProjectKind,
  ProjectStatus,
  ProjectWorkerSource,
  Role,
  RosterChange,
} from '@jobbridge/contracts';
import type { LabourPayFigures, LocalHiringDay, LocalHiringFigures } from '@jobbridge/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { ProjectAcknowledgementEntity, ProjectEntity, ProjectLabourPaymentEntity, ProjectWorkerEntity } from '../project.entity';

@ObjectType('LocalHiring', {
  description: 'Local hiring on one day: active workers, the local among them, against the threshold (000 §1).',
})
export class LocalHiringModel {
  @Field({ description: 'The threshold as a decimal, e.g. "0.3".' })
  threshold: string;

  @Field(() => Int)
  totalWorkers: number;

  @Field(() => Int)
  localWorkers: number;

  @Field(() => Float, { nullable: true, description: 'local ÷ total; null with no active workers.' })
  ratio: number | null;

  @Field({ description: 'local ≥ threshold × total, decided exactly; true with no workers.' })
  compliant: boolean;

  @Field(() => Int, { description: 'The fewest additional local hires that would restore compliance.' })
  shortfall: number;

  @Field(() => LocalHiringStatus)
  status: LocalHiringStatus;

  static from(f: LocalHiringFigures): LocalHiringModel {
    return {
      threshold: f.threshold,
      totalWorkers: f.totalWorkers,
      localWorkers: f.localWorkers,
      ratio: f.ratio,
      compliant: f.compliant,
      shortfall: f.shortfall,
      status: f.status,
    };
  }
}

@ObjectType('LocalHiringDay')
export class LocalHiringDayModel extends LocalHiringModel {
  @Field()
  date: string;

  static fromDay(d: LocalHiringDay): LocalHiringDayModel {
    return { ...LocalHiringModel.from(d), date: d.date };
  }
}

@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID)
  employerId: string;

  @Field()
  regionCode: string;

  @Field(() => ProjectKind)
  kind: ProjectKind;

  @Field(() => LocalScope)
  localScope: LocalScope;

  @Field({ description: 'The region whose hukou counts as local (the county, prefecture or province code).' })
  localScopeRegionCode: string;

  @Field(() => Int)
  plannedWorkforce: number;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field({ description: 'Where the threshold comes from: the policy pack, or the officer who set it.' })
  thresholdSource: string;

  @Field(() => BreachRule)
  breachRule: BreachRule;

  @Field(() => Int, { nullable: true })
  localFirstDays: number | null;

  @Field(() => String, { nullable: true, description: 'Yuan (以工代赈 projects).' })
  investment: string | null;

  @Field(() => LocalHiringModel, { description: 'Today.' })
  localHiring: LocalHiringModel;

  @Field(() => Int, { description: 'Poverty-alleviated workers (脱贫劳动力) active today.' })
  povertyAlleviatedWorkers: number;

  @Field()
  createdAt: Date;

  static from(
    p: ProjectEntity,
    extra: { status: ProjectStatus; localScopeRegionCode: string; localHiring: LocalHiringFigures; povertyAlleviated: number },
  ): ProjectModel {
    return {
      id: p.id,
      name: p.name,
      employerId: p.employerId,
      regionCode: p.regionCode,
      kind: p.kind,
      localScope: p.localScope,
      localScopeRegionCode: extra.localScopeRegionCode,
      plannedWorkforce: p.plannedWorkforce,
      startDate: p.startDate,
      endDate: p.endDate,
      status: extra.status,
      thresholdSource: p.thresholdSource,
      breachRule: p.breachRule,
      localFirstDays: p.localFirstDays,
      investment: p.investment,
      localHiring: LocalHiringModel.from(extra.localHiring),
      povertyAlleviatedWorkers: extra.povertyAlleviated,
      createdAt: p.createdAt,
    };
  }
}

@ObjectType('ProjectConnection')
export class ProjectConnection extends Connection(ProjectModel, 'Project') {}

@ObjectType('ProjectWorker')
export class ProjectWorkerModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  projectId: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Masked: 622921********1234. The full number is never returned.' })
  idNumberMasked: string | null;

  @Field(() => String, { nullable: true })
  hukouRegionCode: string | null;

  @Field({ description: 'Hukou inside the project’s local scope.' })
  local: boolean;

  @Field()
  povertyAlleviated: boolean;

  @Field()
  trade: string;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'The day the worker leaves (not counted on it).' })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  endReason: string | null;

  @Field({ description: 'On the project today.' })
  active: boolean;

  @Field(() => ProjectWorkerSource)
  source: ProjectWorkerSource;

  @Field(() => ID, { nullable: true })
  applicationId: string | null;

  @Field()
  createdAt: Date;

  static from(w: ProjectWorkerEntity, today: string): ProjectWorkerModel {
    return {
      id: w.id,
      projectId: w.projectId,
      fullName: w.fullName,
      idNumberMasked: w.idNumberMasked,
      hukouRegionCode: w.hukouRegionCode,
      local: w.isLocal,
      povertyAlleviated: w.povertyAlleviated,
      trade: w.trade,
      startDate: w.startDate,
      endDate: w.endDate,
      endReason: w.endReason,
      active: w.startDate <= today && (w.endDate === null || w.endDate > today),
      source: w.source,
      applicationId: w.applicationId,
      createdAt: w.createdAt,
    };
  }
}

@ObjectType('ProjectWorkerConnection')
export class ProjectWorkerConnection extends Connection(ProjectWorkerModel, 'ProjectWorker') {}

@ObjectType('RosterPreview', { description: 'What a hire or exit would do to the local-hiring ratio, today.' })
export class RosterPreviewModel {
  @Field(() => RosterChange)
  change: RosterChange;

  @Field({ description: 'Whether the worker counts as local.' })
  local: boolean;

  @Field(() => LocalHiringModel)
  before: LocalHiringModel;

  @Field(() => LocalHiringModel)
  after: LocalHiringModel;

  @Field({ description: 'The change would leave the project below its threshold (and lowers the ratio).' })
  breaches: boolean;

  @Field(() => BreachRule)
  breachRule: BreachRule;

  @Field({ description: 'False when it breaches under BLOCK.' })
  allowed: boolean;

  @Field({ description: 'True when it breaches under WARN: the change needs an acknowledgement (a reason).' })
  requiresAcknowledgement: boolean;
}

@ObjectType('RosterRowError')
export class RosterRowErrorModel {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line: number;

  @Field({ description: 'fullName, idNumber, hukouRegionCode, trade, startDate, endDate, povertyAlleviated, or file.' })
  field: string;

  @Field()
  code: string;

  @Field()
  message: string;
}

@ObjectType('RosterImportResult', { description: 'All or nothing: imported is 0 whenever errors is not empty.' })
export class RosterImportResultModel {
  @Field(() => Int)
  imported: number;

  @Field(() => [RosterRowErrorModel])
  errors: RosterRowErrorModel[];

  @Field(() => RosterPreviewModel, { nullable: true, description: 'The effect of the import on the ratio (when the rows are valid).' })
  preview: RosterPreviewModel | null;

  @Field(() => ProjectModel)
  project: ProjectModel;
}

@ObjectType('BreachAcknowledgement')
export class BreachAcknowledgementModel {
  @Field(() => ID)
  id: string;

  @Field(() => RosterChange)
  change: RosterChange;

  @Field()
  reason: string;

  @Field(() => Int)
  workerCount: number;

  @Field()
  actorName: string;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => LocalHiringModel)
  before: LocalHiringModel;

  @Field(() => LocalHiringModel)
  after: LocalHiringModel;

  @Field()
  createdAt: Date;

  static from(
    a: ProjectAcknowledgementEntity,
    figures: { before: LocalHiringFigures; after: LocalHiringFigures },
  ): BreachAcknowledgementModel {
    return {
      id: a.id,
      change: a.change,
      reason: a.reason,
      workerCount: a.workerIds.length,
      actorName: a.actorName,
      actorRole: a.actorRole,
      before: LocalHiringModel.from(figures.before),
      after: LocalHiringModel.from(figures.after),
      createdAt: a.createdAt,
    };
  }
}

@ObjectType('LabourPayment')
export class LabourPaymentModel {
  @Field(() => ID)
  id: string;

  @Field()
  paidOn: string;

  @Field()
  amount: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  static from(p: ProjectLabourPaymentEntity): LabourPaymentModel {
    return { id: p.id, paidOn: p.paidOn, amount: p.amount, note: p.note };
  }
}

@ObjectType('LabourPay', { description: '以工代赈: labour pay against the investment (000 §1: at least 15%).' })
export class LabourPayModel {
  @Field()
  investment: string;

  @Field()
  labourPaid: string;

  @Field()
  threshold: string;

  @Field(() => Float, { nullable: true })
  share: number | null;

  @Field()
  compliant: boolean;

  @Field({ description: 'Yuan still owed to reach the threshold.' })
  shortfall: string;

  @Field(() => [LabourPaymentModel])
  payments: LabourPaymentModel[];

  static from(f: LabourPayFigures, payments: ProjectLabourPaymentEntity[]): LabourPayModel {
    return { ...f, payments: payments.map(LabourPaymentModel.from) };
  }
}
