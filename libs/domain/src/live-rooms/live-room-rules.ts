import { LiveRoomStatus } from '@jobbridge/contracts';
import { DomainError } from '../errors';
import { LIVE_ROOM_STATUS_LABELS_ZH, statusLabelZh } from '../status-labels';

/** SCHEDULED → LIVE (go live) → ENDED; a scheduled room may also be ended (cancelled). ENDED is final. */
export const LIVE_ROOM_TRANSITIONS: Readonly<Record<LiveRoomStatus, readonly LiveRoomStatus[]>> = Object.freeze({
  [LiveRoomStatus.SCHEDULED]: Object.freeze([LiveRoomStatus.LIVE, LiveRoomStatus.ENDED]),
  [LiveRoomStatus.LIVE]: Object.freeze([LiveRoomStatus.ENDED]),
  [LiveRoomStatus.ENDED]: Object.freeze([]),
});

export function canTransitionLiveRoom(from: LiveRoomStatus, to: LiveRoomStatus): boolean {
  return LIVE_ROOM_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertLiveRoomTransition(from: LiveRoomStatus, to: LiveRoomStatus): void {
  if (!canTransitionLiveRoom(from, to)) {
    throw new DomainError(
      'INVALID_STATUS_TRANSITION',
      from === LiveRoomStatus.ENDED
        ? '直播已结束'
        : to === LiveRoomStatus.LIVE
          ? '直播已开始'
          : `直播间已是「${statusLabelZh(LIVE_ROOM_STATUS_LABELS_ZH, from)}」状态，不能改为「${statusLabelZh(LIVE_ROOM_STATUS_LABELS_ZH, to)}」`,
    );
  }
}

/** A room's lineup and settings can change until it ends. */
export const isLiveRoomEditable = (status: LiveRoomStatus) => status !== LiveRoomStatus.ENDED;

/* ------------------------------------------------------------------------------------------- chat rules */

export type TextRuleAction = 'block' | 'mask';

export interface TextRule {
  /** Matched on NFKC-normalised, lower-cased text with spaces and common separators removed. */
  pattern: string;
  action: TextRuleAction;
  /** Why, for moderators (English). */
  reason: string;
}

/** Chat and question limits, as data: a region may tighten them. */
export interface LiveChatRules {
  maxChatLength: number;
  maxQuestionLength: number;
  /** At most `chatPerWindow` messages per `chatWindowSeconds` per user. */
  chatPerWindow: number;
  chatWindowSeconds: number;
  questionsPerWindow: number;
  questionWindowSeconds: number;
  /** Likes a client may send in one batch. */
  maxLikesPerBatch: number;
  words: TextRule[];
}

/**
 * The default. Blocked: contact-and-recruiting spam and fee schemes, the tools of 黑职介 and 虚假招聘 that the fair-hiring
 * rules fight (001 保障措施(三)); masked: abuse. Kept short and specific so that ordinary questions ("包吃住吗？",
 * "押金退不退" is still blocked: a host should never take deposits) pass.
 */
export const DEFAULT_LIVE_CHAT_RULES: Readonly<LiveChatRules> = Object.freeze<LiveChatRules>({
  maxChatLength: 100,
  maxQuestionLength: 200,
  chatPerWindow: 5,
  chatWindowSeconds: 10,
  questionsPerWindow: 3,
  questionWindowSeconds: 60,
  maxLikesPerBatch: 50,
  words: [
    { pattern: '(?:加|\\+)(?:微信|威信|薇信|vx|v信|wx|qq|扣扣)', action: 'block', reason: 'private contact solicitation' },
    { pattern: '(?:微信|vx|wx|qq)(?:号|群)?[:：]?[a-z0-9_-]{5,}', action: 'block', reason: 'contact handle' },
    { pattern: '1[3-9]\\d{9}', action: 'block', reason: 'phone number' },
    { pattern: '(?:扫码|扫我|私信)(?:进群|入群|领取|拿岗位)', action: 'block', reason: 'group recruiting spam' },
    { pattern: '刷单|日结\\d{3,}|躺赚|高薪无需经验', action: 'block', reason: 'fraudulent job offer' },
    { pattern: '(?:交|收|先付|缴纳)(?:押金|保证金|培训费|服装费|中介费)', action: 'block', reason: 'fees charged to applicants' },
    { pattern: '傻[逼比b]|sb|去死|滚蛋|垃圾东西|脑残', action: 'mask', reason: 'abuse' },
  ],
});

export type TextModeration =
  | { ok: true; text: string; masked: boolean }
  | { ok: false; code: 'MESSAGE_EMPTY' | 'MESSAGE_TOO_LONG' | 'MESSAGE_BLOCKED'; message: string };

const SEPARATORS = /[\s·•.。,，、\-_*~`'"|/\\]+/g;

function compile(rules: readonly TextRule[]): { rule: TextRule; re: RegExp }[] {
  return rules.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'giu') }));
}

const cache = new WeakMap<readonly TextRule[], { rule: TextRule; re: RegExp }[]>();

/**
 * Checks a chat message or question: trims it, refuses empty and over-long text (by characters, so 100 Han characters
 * fit), refuses text matching a `block` rule (checked on a squeezed form, so "加 微 信" and "ＶＸ" are caught) and masks
 * the parts matching a `mask` rule with ＊ (matched on the text as typed).
 */
export function moderateText(raw: string, maxLength: number, rules: readonly TextRule[] = DEFAULT_LIVE_CHAT_RULES.words): TextModeration {
  // The text is kept as typed (Chinese punctuation stays full-width); matching runs on a normalised, squeezed form.
  const text = String(raw ?? '').trim();
  if (!text) return { ok: false, code: 'MESSAGE_EMPTY', message: '内容不能为空' };
  if ([...text].length > maxLength) return { ok: false, code: 'MESSAGE_TOO_LONG', message: `内容不能超过${maxLength}字` };
  let compiled = cache.get(rules);
  if (!compiled) cache.set(rules, (compiled = compile(rules)));
  const squeezed = text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
  for (const { rule, re } of compiled) {
    re.lastIndex = 0;
    if (rule.action === 'block' && re.test(squeezed))
      return { ok: false, code: 'MESSAGE_BLOCKED', message: '内容含联系方式、收费或不文明用语，未发送' };
  }
  let out = text;
  let masked = false;
  for (const { rule, re } of compiled) {
    if (rule.action !== 'mask') continue;
    re.lastIndex = 0;
    out = out.replace(re, (m) => {
      masked = true;
      return '＊'.repeat([...m].length);
    });
  }
  return { ok: true, text: out, masked };
}

/**
 * The name a viewer shows in a live room's chat and question queue. Display names are often real names, and a live
 * room is public: a Chinese name keeps its first character (马**), any other name its first 12 characters.
 */
export function publicChatName(displayName: string): string {
  const name = String(displayName ?? '').trim();
  if (!name) return '求职者';
  const chars = [...name];
  if (/\p{Script=Han}/u.test(chars[0])) return `${chars[0]}**`;
  return chars.slice(0, 12).join('');
}
