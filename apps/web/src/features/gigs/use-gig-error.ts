import { ErrorCode, hasChineseText } from '@jobbridge/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler, type AppErrorInfo, type HandleErrorOptions } from '../../shared/errors';

/**
 * Gig errors whose own text tells the person more than the code's (when check-in opens, how far they are from the
 * site, why the place cannot be taken): the API's Chinese message is shown for these, as for VALIDATION_FAILED.
 */
const SPECIFIC = [
  ErrorCode.GIG_NOT_OPEN,
  ErrorCode.GIG_CHECK_IN_TOO_FAR,
  ErrorCode.GIG_AGE_RESTRICTED,
  ErrorCode.INVALID_STATUS_TRANSITION,
  ErrorCode.GIG_PAY_SETTLED,
] as const;

/** `useGraphQLErrorHandler` with the gig API's precise messages (fields still land on the form). */
export function useGigErrorHandler() {
  const handle = useGraphQLErrorHandler();
  const { message } = App.useApp();
  const { i18n } = useTranslation();
  return useCallback(
    (error: unknown, options: HandleErrorOptions = {}): AppErrorInfo[] => {
      const specific = (info: AppErrorInfo) => {
        if (!i18n.language.startsWith('zh') || !hasChineseText(info.serverMessage)) return false;
        void message.error(info.serverMessage);
        return true;
      };
      const onCode: HandleErrorOptions['onCode'] = Object.fromEntries(SPECIFIC.map((code) => [code, specific]));
      return handle(error, { ...options, onCode: { ...onCode, ...options.onCode } });
    },
    [handle, message, i18n.language],
  );
}
