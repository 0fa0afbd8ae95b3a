import { GigPhase } from '@jobbridge/contracts';
import {
  checkGigMinimumWage,
  dailyMinutes,
  describeGigPay,
  freeWithdrawalDeadline,
  GIG_GRADE_LABELS_ZH,
  GigGradeResult,
  gigPhase,
} from '@jobbridge/domain';
import type { GigAssignmentModel, GigAttendanceModel, GigGradeModel, GigModel } from './dto/gig.model';
import type { GigAssignmentEntity, GigAttendanceEntity, GigEntity } from './gig.entity';

export const yuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);

export function gradeModel(g: GigGradeResult): GigGradeModel {
  return { grade: g.grade, label: GIG_GRADE_LABELS_ZH[g.grade], score: g.score, reasons: g.reasons };
}

export const NEW_GRADE: GigGradeResult = { grade: 'NEW', score: null, reasons: [] };

export interface GigExtras {
  posterName: string;
  posterGrade: GigGradeResult;
  distanceMeters?: number | null;
}

export function gigModel(g: GigEntity, now: Date, extras: GigExtras): GigModel {
  const wage = checkGigMinimumWage(g.payUnit, g.payFen, dailyMinutes(g), null);
  return {
    id: g.id,
    posterKind: g.posterKind,
    employerId: g.employerId,
    posterUserId: g.posterUserId,
    title: g.title,
    description: g.description,
    skills: g.skills,
    regionCode: g.regionCode,
    address: g.address,
    lat: g.lat,
    lng: g.lng,
    startDate: g.startDate,
    endDate: g.endDate,
    dailyStart: g.dailyStart,
    dailyEnd: g.dailyEnd,
    headcount: g.headcount,
    acceptedCount: g.acceptedCount,
    placesLeft: Math.max(0, g.headcount - g.acceptedCount),
    payUnit: g.payUnit,
    payYuan: g.payFen / 100,
    pieceUnit: g.pieceUnit,
    payText: describeGigPay(g.payUnit, g.payFen, g.pieceUnit),
    payTiming: g.payTiming,
    payMethod: g.payMethod,
    toolsProvided: g.toolsProvided,
    mealsProvided: g.mealsProvided,
    worksAtHeight: g.worksAtHeight,
    heavyLoads: g.heavyLoads,
    safetyNote: g.safetyNote,
    checkInRadiusMeters: g.checkInRadiusMeters,
    status: g.status,
    phase: gigPhase(g, now) as GigPhase,
    screeningFlags: (g.screeningFlags ?? []).map((f) => ({ code: f.code, evidence: f.evidence })),
    belowMinimumWage: g.belowMinimumWage,
    effectiveHourlyYuan: wage.effectiveHourlyYuan,
    rejectionReason: g.rejectionReason,
    publishedAt: g.publishedAt,
    cancelledAt: g.cancelledAt,
    cancelReason: g.cancelReason,
    freeWithdrawalUntil: freeWithdrawalDeadline(g),
    distanceMeters: extras.distanceMeters ?? null,
    createdAt: g.createdAt,
    posterName: extras.posterName,
    posterGrade: gradeModel(extras.posterGrade),
  };
}

export function attendanceModel(a: GigAttendanceEntity): GigAttendanceModel {
  return {
    id: a.id,
    workDate: a.workDate,
    checkInAt: a.checkInAt,
    checkInMethod: a.checkInMethod,
    checkInDistanceMeters: a.checkInDistanceMeters,
    checkOutAt: a.checkOutAt,
    minutes: a.minutes,
    pieces: a.pieces,
    confirmedAt: a.confirmedAt,
  };
}

export interface AssignmentExtras {
  workerName: string;
  workerGrade: GigGradeResult;
  attendance: GigAttendanceEntity[];
  waitlistPosition: number | null;
  ratedByMe: boolean;
  gig: GigModel | null;
}

export function assignmentModel(a: GigAssignmentEntity, x: AssignmentExtras): GigAssignmentModel {
  return {
    id: a.id,
    gigId: a.gigId,
    workerUserId: a.workerUserId,
    status: a.status,
    waitlistPosition: x.waitlistPosition,
    acceptedAt: a.acceptedAt,
    withdrawnAt: a.withdrawnAt,
    noShow: a.noShow,
    payDueYuan: a.payDueFen / 100,
    payStatus: a.payStatus,
    paidYuan: yuan(a.paidFen),
    paidMethod: a.paidMethod,
    paidAt: a.paidAt,
    payConfirmedAt: a.payConfirmedAt,
    disputeReason: a.disputeReason,
    disputedAt: a.disputedAt,
    disputeOutcome: a.disputeOutcome,
    resolutionNote: a.resolutionNote,
    createdAt: a.createdAt,
    workerName: x.workerName,
    workerGrade: gradeModel(x.workerGrade),
    attendance: [...x.attendance].sort((p, q) => p.workDate.localeCompare(q.workDate)).map(attendanceModel),
    ratedByMe: x.ratedByMe,
    gig: x.gig,
  };
}
