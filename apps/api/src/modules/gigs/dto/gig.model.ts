import {
  GigAlertKind,
  GigAssignmentStatus,
  GigCheckMethod,
  GigDisputeOutcome,
  GigPayMethod,
  GigPayStatus,
  GigPayTiming,
  GigPayUnit,
  GigPhase,
  GigPosterKind,
  GigStatus,
} from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GigGrade', { description: 'A simple grade from gig records: A 优, B 良, C 中, D 差, NEW 新人 (fewer than 3 gigs).' })
export class GigGradeModel {
  @Field() grade: string;
  @Field({ description: '优 / 良 / 中 / 差 / 新人' }) label: string;
  @Field(() => Int, { nullable: true }) score: number | null;
  @Field(() => [String]) reasons: string[];
}

@ObjectType('GigScreeningFlag')
export class GigScreeningFlagModel {
  @Field() code: string;
  @Field() evidence: string;
}

@ObjectType('Gig', { description: 'A quick job (零工).' })
export class GigModel {
  @Field(() => ID) id: string;
  @Field(() => GigPosterKind) posterKind: GigPosterKind;
  @Field(() => ID, { nullable: true }) employerId: string | null;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [String]) skills: string[];
  @Field() regionCode: string;
  @Field() address: string;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field() dailyStart: string;
  @Field() dailyEnd: string;
  @Field(() => Int) headcount: number;
  @Field(() => Int, { description: 'Workers holding a place.' }) acceptedCount: number;
  @Field(() => Int) placesLeft: number;
  @Field(() => GigPayUnit) payUnit: GigPayUnit;
  @Field(() => Float) payYuan: number;
  @Field(() => String, { nullable: true }) pieceUnit: string | null;
  @Field({ description: '150元/天, 20元/小时, 0.5元/箱' }) payText: string;
  @Field(() => GigPayTiming) payTiming: GigPayTiming;
  @Field(() => GigPayMethod) payMethod: GigPayMethod;
  @Field() toolsProvided: boolean;
  @Field() mealsProvided: boolean;
  @Field() worksAtHeight: boolean;
  @Field() heavyLoads: boolean;
  @Field(() => String, { nullable: true }) safetyNote: string | null;
  @Field(() => Int) checkInRadiusMeters: number;
  @Field(() => GigStatus) status: GigStatus;
  @Field(() => GigPhase) phase: GigPhase;
  @Field(() => [GigScreeningFlagModel]) screeningFlags: GigScreeningFlagModel[];
  @Field({ description: 'The pay works out below the local hourly minimum wage for the hours.' }) belowMinimumWage: boolean;
  @Field(() => Float, { nullable: true, description: 'The pay per hour it works out at (not for piece rates).' })
  effectiveHourlyYuan: number | null;
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field({ description: 'Until when a worker may withdraw without a record.' }) freeWithdrawalUntil: Date;
  @Field(() => Int, { nullable: true, description: 'Metres from the point asked about (gigsNearby).' }) distanceMeters: number | null;
  @Field() createdAt: Date;
  @Field({ description: 'The employer’s name, or 个人雇主 and the person’s surname.' }) posterName: string;
  @Field(() => GigGradeModel, { description: "The poster's gig credit (paid on time, no arrears)." }) posterGrade: GigGradeModel;
  /** Internal, for field resolvers. */
  posterUserId: string;
}

@ObjectType('GigAttendance', { description: "A worker's day at the site." })
export class GigAttendanceModel {
  @Field(() => ID) id: string;
  @Field() workDate: string;
  @Field() checkInAt: Date;
  @Field(() => GigCheckMethod) checkInMethod: GigCheckMethod;
  @Field(() => Int, { nullable: true }) checkInDistanceMeters: number | null;
  @Field(() => Date, { nullable: true }) checkOutAt: Date | null;
  @Field(() => Int, { description: 'Minutes counted for pay.' }) minutes: number;
  @Field(() => Int, { nullable: true }) pieces: number | null;
  @Field(() => Date, { nullable: true, description: 'The poster confirmed the day.' }) confirmedAt: Date | null;
}

@ObjectType('GigAssignment', { description: "A worker's place on a gig, with their days and pay." })
export class GigAssignmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) gigId: string;
  @Field(() => GigAssignmentStatus) status: GigAssignmentStatus;
  @Field(() => Int, { nullable: true, description: 'WAITLISTED: 1 is next in line.' }) waitlistPosition: number | null;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field() noShow: boolean;
  @Field(() => Float, { description: 'Pay due for the days worked, from the gig’s rate.' }) payDueYuan: number;
  @Field(() => GigPayStatus) payStatus: GigPayStatus;
  @Field(() => Float, { nullable: true }) paidYuan: number | null;
  @Field(() => GigPayMethod, { nullable: true }) paidMethod: GigPayMethod | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) payConfirmedAt: Date | null;
  @Field(() => String, { nullable: true }) disputeReason: string | null;
  @Field(() => Date, { nullable: true }) disputedAt: Date | null;
  @Field(() => GigDisputeOutcome, { nullable: true }) disputeOutcome: GigDisputeOutcome | null;
  @Field(() => String, { nullable: true }) resolutionNote: string | null;
  @Field() createdAt: Date;
  @Field({ description: "The worker's name as on their account." }) workerName: string;
  @Field(() => GigGradeModel) workerGrade: GigGradeModel;
  @Field(() => [GigAttendanceModel]) attendance: GigAttendanceModel[];
  @Field({ description: 'The caller has rated this worker-gig (from their side).' }) ratedByMe: boolean;
  @Field(() => GigModel, { nullable: true, description: 'The gig (in lists of a worker’s gigs and alerts).' }) gig: GigModel | null;
  /** Internal, for field resolvers. */
  workerUserId: string;
}

@ObjectType('GigPreferences', { description: "A seeker's opt-in to gig work." })
export class GigPreferencesModel {
  @Field() enabled: boolean;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field(() => Int) maxDistanceKm: number;
  @Field(() => [Int]) weekdays: number[];
  @Field(() => [String]) skills: string[];
}

@ObjectType('GigPoster', { description: 'A private person registered to post gigs (个人雇主).' })
export class GigPosterModel {
  @Field() realName: string;
  @Field({ description: 'Masked.' }) idNumberMasked: string;
  @Field() regionCode: string;
  @Field({ description: 'An officer approved one of their gigs: later gigs without flags publish at once.' }) trusted: boolean;
  @Field() createdAt: Date;
}

@ObjectType('GigStation', { description: 'A county gig station (零工驿站).' })
export class GigStationModel {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field() name: string;
  @Field() address: string;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
  @Field() openingHours: string;
  @Field(() => [String]) services: string[];
  @Field() contactPhone: string;
  @Field(() => Int, { nullable: true }) distanceMeters: number | null;
}

@ObjectType('GigAlert', { description: "An alert to the county's officers: pay overdue or disputed, with the check-in record." })
export class GigAlertModel {
  @Field(() => ID) id: string;
  @Field(() => GigAlertKind) kind: GigAlertKind;
  @Field() regionCode: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => GigModel) gig: GigModel;
  @Field(() => GigAssignmentModel) assignment: GigAssignmentModel;
}

@ObjectType('GigWorkEntry')
export class GigWorkEntryModel {
  @Field(() => ID) gigId: string;
  @Field() title: string;
  @Field() posterName: string;
  @Field(() => [String], { description: 'Days worked (YYYY-MM-DD).' }) dates: string[];
  @Field(() => Float) paidYuan: number;
  @Field({ description: 'The worker confirmed the pay (or an officer settled it as paid).' }) confirmed: boolean;
}

@ObjectType('GigWorkRecord', {
  description: "A worker's gig record, as proof of work (for subsidies and loans): days, employers and earnings confirmed.",
})
export class GigWorkRecordModel {
  @Field(() => Int) days: number;
  @Field(() => Int) gigs: number;
  @Field(() => Int) posters: number;
  @Field(() => Float) earningsConfirmedYuan: number;
  @Field(() => GigGradeModel) reliability: GigGradeModel;
  @Field(() => [GigWorkEntryModel]) entries: GigWorkEntryModel[];
  @Field({ description: 'When the record was drawn up.' }) asOf: Date;
}
