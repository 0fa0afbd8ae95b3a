import type { FormInstance } from 'antd';

export type FieldPath = (string | number)[];
/** API field (without the leading "input.") → the form's field name, for fields the form names differently. */
export type FieldMap = Record<string, FieldPath | string>;

/** "input.certificates[0].name" → ["certificates", 0, "name"], with the first matching `fieldMap` prefix applied. */
export function toFormPath(apiField: string, fieldMap: FieldMap = {}): FieldPath {
  const plain = apiField.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
  const segments: FieldPath = plain.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let i = segments.length; i > 0; i--) {
    const key = segments.slice(0, i).join('.');
    const mapped = fieldMap[key];
    if (mapped !== undefined) {
      return [...(Array.isArray(mapped) ? mapped : [mapped]), ...segments.slice(i)];
    }
  }
  return segments;
}

const isPrefix = (prefix: FieldPath, path: FieldPath) =>
  prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));

/**
 * The registered form field that should carry an error for `path`: the field itself, else the deepest registered
 * field containing it (an error on "skills.2" lands on the "skills" select), else the first field of the group it
 * names (an error on "truthCard" lands on "truthCard.workingHours"). Null when the form has no such field.
 */
export function findRegisteredField(form: FormInstance, path: FieldPath): FieldPath | null {
  const names = form.getFieldsError().map((f) => f.name);
  let best: FieldPath | null = null;
  for (const name of names) {
    if (isPrefix(name, path) && (!best || name.length > best.length)) best = name;
  }
  return best ?? names.find((name) => isPrefix(path, name)) ?? null;
}
