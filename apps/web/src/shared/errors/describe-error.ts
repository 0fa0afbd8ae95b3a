import { ErrorCode, hasChineseText } from '@jobbridge/contracts';
import type { TFunction } from 'i18next';
import type { AppErrorInfo } from './app-errors';

/**
 * The text shown for an error: `errors.<CODE>` from i18n. VALIDATION_FAILED is generic, so when the API names the
 * broken rule (its messages are Simplified Chinese, e.g. "请输入11位手机号") and the UI language is Chinese, that
 * more precise text is shown instead — never a message without Chinese (a library's English), which falls back to the
 * code's own text.
 */
export function describeAppError(info: AppErrorInfo, t: TFunction, language: string): string {
  if (info.code === ErrorCode.VALIDATION_FAILED && hasChineseText(info.serverMessage) && language.startsWith('zh')) {
    return info.serverMessage;
  }
  return t(`errors.${info.code}`);
}
