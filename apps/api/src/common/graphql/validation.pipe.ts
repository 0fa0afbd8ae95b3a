import { ErrorCode } from '@jobbridge/contracts';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

function firstError(errors: ValidationError[], prefix = ''): { field: string; error: ValidationError } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) return { field, error: e };
    const nested = firstError(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** class-validator failures become VALIDATION_FAILED (or a constraint's own code) with the path of the first bad field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const first = firstError(errors);
    if (!first) return new AppError(ErrorCode.VALIDATION_FAILED, '输入不合法');
    const [name, message] = Object.entries(first.error.constraints!)[0];
    const code = (first.error.contexts?.[name]?.code as ErrorCode | undefined) ?? ErrorCode.VALIDATION_FAILED;
    return new AppError(code, message, first.field);
  },
});
