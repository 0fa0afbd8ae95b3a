import { getNamedType, GraphQLInputType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

/** Where in an argument a value sits, in the form forms use for `extensions.field`: `input.lineup.2`. */
export type ArgPath = string;

export interface ArgVisitor {
  /** Called for every scalar leaf (String, ID, Int, custom scalars…) with its named type. */
  scalar(typeName: string, value: unknown, path: ArgPath): void;
}

/**
 * Walks an already coerced argument value along its input type (lists, input objects, non-null wrappers) and calls
 * the visitor for every scalar leaf. Enum values are checked by GraphQL itself and are skipped.
 */
export function walkArgument(type: GraphQLInputType, value: unknown, path: ArgPath, visitor: ArgVisitor): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walkArgument(type.ofType, value, path, visitor);
  if (isListType(type)) {
    if (!Array.isArray(value)) return walkArgument(type.ofType, value, path, visitor);
    value.forEach((v, i) => walkArgument(type.ofType, v, `${path}.${i}`, visitor));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) walkArgument(field.type, v, `${path}.${name}`, visitor);
    }
    return;
  }
  if (isScalarType(type)) visitor.scalar(getNamedType(type).name, value, path);
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored or shown, or null when it is fine. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) return '内容含有不可见的控制字符';
  if (LONE_SURROGATE.test(value)) return '内容含有无效的字符编码';
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every `ID` the API accepts is a UUID (regions are addressed by `String` codes). */
export const isUuid = (value: unknown): boolean => typeof value === 'string' && UUID.test(value);
