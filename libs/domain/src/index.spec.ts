import * as domain from './index';

describe('@jobbridge/domain public surface', () => {
  it.each([
    'normalizeCreditCode',
    'isValidCreditCode',
    'creditCodeCheckChar',
    'validateCreditCode',
    'generateCreditCode',
    'normalizeIdNumber',
    'validateIdNumber',
    'isValidIdNumber',
    'idNumberCheckChar',
    'maskIdNumber',
    'maskPhone',
    'generateIdNumber',
    'normalizeRegionCode',
    'regionLevelOf',
    'regionPrefix',
    'parentRegionCode',
    'isWithinRegion',
    'ancestorRegionCodes',
    'canTransitionJobPosting',
    'assertJobPostingTransition',
    'validateRejectionReason',
    'isJobPostingEditable',
    'canMoveApplication',
    'assertApplicationMove',
    'isFinalApplicationStatus',
    'DomainError',
    'validatePayRange',
    'validateHeadcount',
    'screenJobPosting',
    'encodeCursor',
    'decodeCursor',
    'clampPageSize',
    'isGraduateEligible',
    'ageOn',
    'isYouth16to24',
    'parseShare',
    'localHiringFigures',
    'previewRosterChange',
    'localHiringHistory',
    'localScopeRegionCode',
    'isLocalHukou',
    'validateRosterRows',
    'labourPayFigures',
    'resolvePolicy',
  ])('exports the function %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    'JOB_POSTING_TRANSITIONS',
    'APPLICATION_PIPELINE',
    'DEFAULT_SCREENING_RULES',
    'PRIORITY_GROUP_LABELS_ZH',
    'POLICY_PACKS',
    'LOCAL_HIRING_RISK_ORDER',
  ])('exports the constant %s', (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });

  it('has no default export', () => {
    expect((domain as Record<string, unknown>).default).toBeUndefined();
  });
});
