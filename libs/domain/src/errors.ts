import type { ErrorCode } from '@jobbridge/contracts';

/**
 * A broken business rule. `code` is one of the stable `ErrorCode`s that the API's global filter
 * puts in GraphQL `extensions.code`; `field` names the one input field at fault, when there is one.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
