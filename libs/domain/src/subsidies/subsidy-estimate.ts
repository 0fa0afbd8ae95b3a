import { DomainError } from '../errors';
import { parseIsoDate } from '../calendar-date';
import { normalizeRegionCode } from '../region-code';
import type { SubsidyAnswers } from './subsidy-describe';
import { proposeSubsidies, subsidyPackFor, type SubsidyEvent, type SubsidyProposalDraft } from './subsidy-engine';
import { CERTIFICATE_LEVELS, SUBSIDY_TRIGGERS, type CertificateLevel, type SubsidyPack } from './subsidy-pack';

export interface SubsidyEstimateLine {
  ruleId: string;
  ruleName: string;
  /** LIKELY: every condition met by the answers; POSSIBLE: nothing contradicts them but some are unanswered. */
  verdict: 'LIKELY' | 'POSSIBLE';
  amountFen: number;
  amountNote: string;
  beneficiary: SubsidyProposalDraft['beneficiary'];
  /** The conditions in plain Chinese, with the answer that met each. */
  reasons: string[];
  /** What still needs answering (or proving). */
  missing: string[];
}

export interface SubsidyEstimate {
  packId: string | null;
  lines: SubsidyEstimateLine[];
  /** Rules the answers rule out, with the first reason (plain Chinese). */
  notEligible: { ruleId: string; ruleName: string; reason: string }[];
}

/**
 * "What would I get?" on the policy page: the answers become one hypothetical event per trigger in the region's pack,
 * judged by the same engine as real events (no history: nothing is stored). Throws UNKNOWN_REGION / VALIDATION_FAILED.
 */
export function estimateSubsidies(
  regionCode: string,
  date: string,
  answers: SubsidyAnswers,
  packs: readonly SubsidyPack[],
): SubsidyEstimate {
  if (normalizeRegionCode(regionCode) === null) throw new DomainError('UNKNOWN_REGION', `地区代码无效："${regionCode}"`, 'regionCode');
  for (const key of ['graduationDate', 'registeredUnemployedSince'] as const) {
    const v = answers[key];
    if (v && !parseIsoDate(v)) throw new DomainError('VALIDATION_FAILED', '日期格式应为 YYYY-MM-DD', key);
  }
  if (answers.hukouRegionCode && normalizeRegionCode(answers.hukouRegionCode) === null)
    throw new DomainError('UNKNOWN_REGION', `户籍地区代码无效："${answers.hukouRegionCode}"`, 'hukouRegionCode');
  if (answers.certificateLevel && !(CERTIFICATE_LEVELS as readonly string[]).includes(answers.certificateLevel))
    throw new DomainError('VALIDATION_FAILED', '证书等级应为初级、中级、高级、技师或高级技师', 'certificateLevel');
  if (answers.retentionRate != null && !(answers.retentionRate >= 0 && answers.retentionRate <= 1))
    throw new DomainError('VALIDATION_FAILED', '留用率应在0到1之间', 'retentionRate');
  const pack = subsidyPackFor(regionCode, date, packs);
  const lines: SubsidyEstimateLine[] = [];
  const notEligible: SubsidyEstimate['notEligible'] = [];
  const triggers = new Set(
    [
      ...(pack?.rules ?? []),
      ...packs.filter((p) => answers.hukouRegionCode && subsidyPackFor(answers.hukouRegionCode, date, [p])).flatMap((p) => p.rules),
    ].map((r) => r.trigger),
  );
  for (const trigger of SUBSIDY_TRIGGERS) {
    if (!triggers.has(trigger)) continue;
    const event: SubsidyEvent = {
      trigger,
      date,
      evidence: { kind: 'ESTIMATE', id: 'estimate', label: '测算' },
      workplaceRegionCode: regionCode,
      employer: {
        id: 'employer',
        size: answers.employerSize ?? null,
        isAssistanceWorkshop: answers.assistanceWorkshop ?? null,
        lastYearPremiumsYuan: answers.lastYearPremiumsYuan ?? null,
      },
      worker: {
        personKey: 'person',
        priorityGroups: answers.groups ?? [],
        birthYear: answers.birthYear ?? null,
        graduationDate: answers.graduationDate ?? null,
        registeredUnemployedSince: answers.registeredUnemployedSince ?? null,
        hukouRegionCode: answers.hukouRegionCode ?? null,
        insuredMonths: answers.insuredMonths ?? null,
      },
      jobKind: answers.jobKind ?? (trigger === 'INTERNSHIP_MONTH' ? 'INTERNSHIP' : null),
      contractMonths: answers.contractMonths ?? null,
      socialInsuranceMonths: answers.socialInsuranceMonths ?? null,
      tenureMonths: trigger === 'TENURE' ? (answers.tenureMonths ?? null) : null,
      organizedTransfer: answers.organizedTransfer == null ? undefined : answers.organizedTransfer ? { intermediaryKey: 'agency' } : null,
      estimate: true,
      internship: trigger === 'INTERNSHIP_MONTH' ? { month: date.slice(0, 7), retentionRate: answers.retentionRate ?? null } : null,
      certificate:
        trigger === 'CERTIFICATE' && answers.certificateLevel
          ? { trade: '所学工种', level: answers.certificateLevel as CertificateLevel }
          : null,
      layoff:
        answers.insuredCount != null && answers.laidOff != null ? { insuredCount: answers.insuredCount, laidOff: answers.laidOff } : null,
    };
    // Exclusive rules are all shown (a person weighs them; only one will be paid), the engine's choice first.
    const outcome = proposeSubsidies(event, packs, [], { exclusiveWithinEvent: false });
    for (const p of outcome.proposals)
      lines.push({
        ruleId: p.ruleId,
        ruleName: p.ruleName,
        verdict: p.missing.length ? 'POSSIBLE' : 'LIKELY',
        amountFen: p.amountFen,
        amountNote: p.amountNote,
        beneficiary: p.beneficiary,
        reasons: p.conditions.filter((c) => c.status === 'MET').map((c) => c.text),
        missing: p.missing,
      });
    for (const o of outcome.passedOver)
      if (o.reason === 'NOT_MET') notEligible.push({ ruleId: o.ruleId, ruleName: o.ruleName, reason: o.detail });
  }
  return { packId: pack?.id ?? null, lines, notEligible };
}
