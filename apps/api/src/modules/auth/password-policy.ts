import { dictionary } from '@zxcvbn-ts/language-common';
import { COMMON_PASSWORDS_ZH } from './common-passwords-zh';

let common: Set<string> | undefined;
/** ~49,000 most common passwords (zxcvbn-ts's list, ranked from public breach corpora) plus Chinese-typical ones. */
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary['passwords-common'] as string[]), ...COMMON_PASSWORDS_ZH]);
  return common;
}

/**
 * Why a new password is too weak, in words for the user, or null when it is acceptable. Length (8–128) is checked
 * by the input type; this adds what a length rule lets through: all spaces, one character repeated, a password on
 * the common list (also with its symbols taken out: "pass-word" is "password"), and the account's own phone or email.
 */
export function passwordProblem(password: string, account: { phone?: string | null; email?: string | null }): string | null {
  if (!password.trim()) return '密码不能全是空格';
  if ([...password].every((c) => c === password[0])) return '密码不能由同一个字符重复组成';
  const lower = password.trim().toLowerCase();
  const lettersAndDigits = lower.replace(/[^\p{L}\p{N}]/gu, '');
  const list = commonPasswords();
  if (list.has(lower) || list.has(lettersAndDigits)) return '该密码过于常见，容易被猜到，请换一个';
  if (account.phone && lettersAndDigits.includes(account.phone)) return '密码不能包含手机号';
  if (account.email) {
    const email = account.email.toLowerCase();
    const local = email.split('@')[0].replace(/[^\p{L}\p{N}]/gu, '');
    if (lower.includes(email) || (local.length >= 4 && lettersAndDigits.includes(local))) return '密码不能包含邮箱或邮箱用户名';
  }
  return null;
}
