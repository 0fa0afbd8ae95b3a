import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ApplicationStatus, JobPostingStatus, LiveRoomStatus, LocalScope } from '@jobbridge/contracts';
import {
  ApplicationActor,
  assertApplicationMove,
  assertJobPostingTransition,
  assertLiveRoomTransition,
  clampPageSize,
  DomainError,
  isWithinRegion,
  localScopeRegionCode,
  moderateText,
  parentRegionCode,
  parseShare,
  parseYuan,
  POLICY_PACKS,
  regionLevelOf,
  regionPrefix,
  resolvePolicy,
  validateHeadcount,
  validatePayRange,
  validateRejectionReason,
  validateRosterRows,
  ancestorRegionCodes,
} from './index';
import { domainErrorOf as caught } from './spec-support';

/**
 * Every DomainError reaches a Chinese UI (the web app shows the API's message for several codes), so every message the
 * domain produces must be Chinese: here each throwing path of the public functions, then a scan of the sources so a
 * `new DomainError(…)` added later without Chinese fails too.
 */
const HAN = /[\u4e00-\u9fff]/;

const errors: [string, DomainError][] = [];
const collect = (name: string, fn: () => unknown) => errors.push([name, caught(fn)]);
const collectReturned = (name: string, error: DomainError | null) => {
  if (!error) throw new Error(`${name} returned no error`);
  errors.push([name, error]);
};

const postingStatuses = Object.values(JobPostingStatus);
for (const from of postingStatuses) {
  for (const to of postingStatuses) {
    try {
      assertJobPostingTransition(from, to);
    } catch {
      collect(`assertJobPostingTransition(${from}, ${to})`, () => assertJobPostingTransition(from, to));
    }
  }
}
for (const reason of [undefined, null, '', '   ']) {
  collectReturned(`validateRejectionReason(${JSON.stringify(reason)})`, validateRejectionReason(reason));
}
const actors: ApplicationActor[] = ['JOB_SEEKER', 'EMPLOYER', 'OFFICER'];
for (const from of Object.values(ApplicationStatus)) {
  for (const to of Object.values(ApplicationStatus)) {
    for (const actor of actors) {
      try {
        assertApplicationMove(from, to, actor);
      } catch {
        collect(`assertApplicationMove(${from}, ${to}, ${actor})`, () => assertApplicationMove(from, to, actor));
      }
    }
  }
}
for (const from of Object.values(LiveRoomStatus)) {
  for (const to of Object.values(LiveRoomStatus)) {
    try {
      assertLiveRoomTransition(from, to);
    } catch {
      collect(`assertLiveRoomTransition(${from}, ${to})`, () => assertLiveRoomTransition(from, to));
    }
  }
}
for (const [min, max] of [
  [-1, 10],
  [1.5, 10],
  [10, -1],
  [10, 1_000_001],
  [10, 5],
]) {
  collectReturned(`validatePayRange(${min}, ${max})`, validatePayRange(min, max));
}
for (const n of [0, 10_001, 1.5]) collectReturned(`validateHeadcount(${n})`, validateHeadcount(n));
for (const first of [0, -1, 1.5, 101]) collect(`clampPageSize(${first})`, () => clampPageSize(first, { default: 20, max: 100 }));
for (const share of ['abc', '150%', '1.2']) collect(`parseShare(${share})`, () => parseShare(share));
for (const yuan of ['abc', '1.234', '-5']) collect(`parseYuan(${yuan})`, () => parseYuan(yuan));
collect('localScopeRegionCode(bad)', () => localScopeRegionCode('12ab', LocalScope.COUNTY));
collect('localScopeRegionCode(province, COUNTY)', () => localScopeRegionCode('620000', LocalScope.COUNTY));
collect('resolvePolicy(bad)', () => resolvePolicy('12ab', POLICY_PACKS));
for (const [name, fn] of [
  ['regionLevelOf', () => regionLevelOf('12ab')],
  ['regionPrefix', () => regionPrefix('12ab')],
  ['parentRegionCode', () => parentRegionCode('12ab')],
  ['ancestorRegionCodes', () => ancestorRegionCodes('12ab')],
  ['isWithinRegion', () => isWithinRegion('12ab', '620000')],
] as const) {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) errors.push([`${name}(bad)`, error]);
  }
}

describe('domain error messages are Chinese', () => {
  it('collects the throwing paths (a guard against an empty table)', () => {
    expect(errors.length).toBeGreaterThan(60);
  });

  it.each(errors)('%s', (_name, error) => {
    expect(error.message).toMatch(HAN);
  });

  it('says why a chat message was refused in Chinese', () => {
    for (const text of ['', 'x'.repeat(101), '加微信abc12345']) {
      const result = moderateText(text, 100);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(HAN);
    }
  });

  it('names every bad roster row in Chinese', () => {
    const { errors: rowErrors } = validateRosterRows(
      [
        {
          line: 2,
          fullName: '',
          idNumber: '123',
          hukouRegionCode: 'x',
          trade: '',
          startDate: '2026-13-01',
          endDate: 'y',
          povertyAlleviated: '也许',
        },
      ],
      { today: new Date('2026-12-01T00:00:00Z'), regionExists: () => true, alreadyOnRoster: () => false },
    );
    expect(rowErrors.length).toBeGreaterThan(3);
    for (const e of rowErrors) expect(e.message).toMatch(HAN);
  });

  it('writes every `new DomainError(…)` in the sources with a Chinese message', () => {
    const root = __dirname;
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) sources.push(path);
      }
    };
    walk(root);
    const offenders: string[] = [];
    let calls = 0;
    for (const path of sources) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(/new DomainError\(/g)) {
        // The call's arguments, up to the matching parenthesis.
        let depth = 0;
        let end = match.index;
        for (let i = match.index + match[0].length - 1; i < text.length; i++) {
          if (text[i] === '(') depth++;
          else if (text[i] === ')' && --depth === 0) {
            end = i;
            break;
          }
        }
        const call = text.slice(match.index, end + 1);
        calls++;
        if (!HAN.test(call)) offenders.push(`${path.slice(root.length + 1)}: ${call}`);
      }
    }
    expect(calls).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
