import { ErrorCode } from '@jobbridge/contracts';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { extractAppErrors, type AppErrorInfo, type DisplayErrorCode } from './app-errors';
import { describeAppError } from './describe-error';
import { findRegisteredField, toFormPath, type FieldMap, type FieldPath } from './form-fields';

export interface HandleErrorOptions {
  /** Form whose fields should show errors that carry `extensions.field`. */
  form?: FormInstance;
  /** API field names the form names differently, e.g. `{ regionCode: 'region' }`. */
  fieldMap?: FieldMap;
  /** Per-code handlers; return true when the error is fully handled (nothing else is shown). */
  onCode?: Partial<Record<DisplayErrorCode, (info: AppErrorInfo) => boolean | void>>;
  /** Defaults to true: UNAUTHENTICATED sends the user to /login and back. */
  redirectOnUnauthenticated?: boolean;
}

/**
 * The one way the app reports a failed GraphQL call: errors with a field the form has are shown on that field
 * (antd `Form.setFields`), the rest as a toast; messages come from `errors.<CODE>` in i18n. Returns the errors.
 */
export function useGraphQLErrorHandler() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();

  return useCallback(
    (error: unknown, options: HandleErrorOptions = {}): AppErrorInfo[] => {
      const infos = extractAppErrors(error);
      const fieldErrors = new Map<string, { name: FieldPath; errors: string[] }>();
      const toasts = new Set<string>();

      for (const info of infos) {
        if (options.onCode?.[info.code]?.(info) === true) continue;
        const text = describeAppError(info, t, i18n.language);
        const name = options.form && info.field ? findRegisteredField(options.form, toFormPath(info.field, options.fieldMap)) : null;
        if (name) {
          const key = JSON.stringify(name);
          fieldErrors.set(key, { name, errors: [...(fieldErrors.get(key)?.errors ?? []), text] });
        } else {
          toasts.add(text);
        }
      }

      if (options.form && fieldErrors.size) {
        const fields = [...fieldErrors.values()];
        options.form.setFields(fields);
        options.form.scrollToField(fields[0].name, { block: 'center' });
      }
      toasts.forEach((text) => void message.error(text));

      const unauthenticated = infos.some((i) => i.code === ErrorCode.UNAUTHENTICATED);
      if (unauthenticated && options.redirectOnUnauthenticated !== false) {
        const back = `${location.pathname}${location.search}`;
        navigate(`/login?redirect=${encodeURIComponent(back)}`);
      }
      return infos;
    },
    [t, i18n.language, message, navigate, location.pathname, location.search],
  );
}
