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

/** Chinese messages for constraints declared without one (class-validator's defaults are English). */
const MESSAGES: Record<string, string> = {
  isUuid: '编号格式不正确',
  isInt: '请输入整数',
  isString: '请输入文字',
  isBoolean: '取值应为是或否',
  isEnum: '取值不在允许范围内',
  isIn: '取值不在允许范围内',
  isArray: '应为列表',
  arrayMaxSize: '列表项过多',
  min: '数值过小',
  max: '数值过大',
  maxLength: '内容过长',
  minLength: '内容过短',
  isLength: '长度不符合要求',
  isLatitude: '纬度不正确',
  isLongitude: '经度不正确',
  isEmail: '邮箱格式不正确',
  isIso8601: '日期格式应为 YYYY-MM-DD',
  matches: '格式不正确',
};
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** class-validator failures become VALIDATION_FAILED (or a constraint's own code) with the path of the first bad field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const first = firstError(errors);
    if (!first) return new AppError(ErrorCode.VALIDATION_FAILED, '输入不合法');
    const [name, message] = Object.entries(first.error.constraints!)[0];
    const code = (first.error.contexts?.[name]?.code as ErrorCode | undefined) ?? ErrorCode.VALIDATION_FAILED;
    return new AppError(code, hasChinese(message) ? message : (MESSAGES[name] ?? '输入不合法'), first.field);
  },
});
