import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode } from '@jobbridge/contracts';
import type { GraphQLFormattedError } from 'graphql';

/** Codes the web app adds for failures that never reached the API's error formatter. */
export const ClientErrorCode = {
  NETWORK: 'NETWORK',
  UNKNOWN: 'UNKNOWN',
} as const;

export type DisplayErrorCode = ErrorCode | (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** One error as the UI needs it: a stable code, the input field at fault (if any), and the server's own text. */
export interface AppErrorInfo {
  code: DisplayErrorCode;
  /** `extensions.field` as sent, e.g. "input.creditCode" or "certificates.0.name". */
  field?: string;
  serverMessage: string;
  /** Everything else the API put in `extensions` (e.g. `localHiring` and `breachRule` on LOCAL_HIRING_*). */
  extensions?: Readonly<Record<string, unknown>>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

function fromFormatted(error: GraphQLFormattedError): AppErrorInfo {
  const rawCode = error.extensions?.code;
  const field = error.extensions?.field;
  const code = typeof rawCode === 'string' && KNOWN_CODES.has(rawCode) ? (rawCode as ErrorCode) : ClientErrorCode.UNKNOWN;
  if (code === ClientErrorCode.UNKNOWN && import.meta.env.DEV) {
    console.warn('[graphql] unmapped error', error);
  }
  return { code, field: typeof field === 'string' ? field : undefined, serverMessage: error.message, extensions: error.extensions };
}

function parseBodyErrors(bodyText: string): AppErrorInfo[] | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: GraphQLFormattedError[] };
    return Array.isArray(body.errors) && body.errors.length ? body.errors.map(fromFormatted) : null;
  } catch {
    return null;
  }
}

/** Normalises whatever Apollo Client 4 rejected with into a list of `AppErrorInfo` (never empty). */
export function extractAppErrors(error: unknown): AppErrorInfo[] {
  if (CombinedGraphQLErrors.is(error) && error.errors.length) return error.errors.map(fromFormatted);
  if (ServerError.is(error)) {
    const parsed = parseBodyErrors(error.bodyText);
    if (parsed) return parsed;
    // 502/503/504 come from the dev proxy or a gateway when the API is down.
    const code = error.statusCode >= 502 ? ClientErrorCode.NETWORK : error.statusCode >= 500 ? ErrorCode.INTERNAL : ClientErrorCode.UNKNOWN;
    return [{ code, serverMessage: error.message }];
  }
  if (ServerParseError.is(error) || error instanceof TypeError) {
    return [{ code: ClientErrorCode.NETWORK, serverMessage: (error as Error).message }];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: ClientErrorCode.UNKNOWN, serverMessage: message }];
}

export function hasErrorCode(error: unknown, code: DisplayErrorCode): boolean {
  return extractAppErrors(error).some((e) => e.code === code);
}
