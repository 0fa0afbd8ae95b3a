import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';

/** Every leaf of the catalogue as a dotted key. */
function flatten(node: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.add(prefix);
  return out;
}

const KEYS = flatten(zhCN);
/** i18next plural forms count as the key itself. */
const exists = (key: string) => KEYS.has(key) || KEYS.has(`${key}_one`) || KEYS.has(`${key}_other`);
const hasPrefix = (prefix: string) => [...KEYS].some((k) => k.startsWith(prefix));

/** The web's sources as text (Vite's glob import), without tests, the catalogue itself or generated code. */
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.spec.ts', '!./**', '!../graphql/generated/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(SOURCES).map(([file, text]) => ({ file: file.replace(/^\.\.\//, ''), text }));

/** `t('a.b')`, `t("a.b", …)`, `i18n.t('a.b')`, `i18nKey="a.b"`: the literal keys the code asks for. */
const LITERAL = /(?:\bt|i18n\.t)\(\s*(['"])([A-Za-z][\w.-]*)\1|i18nKey=(['"])([A-Za-z][\w.-]*)\3/g;
/** `t(`a.b.${x}`)`: a key built at run time; its fixed prefix must exist. */
const TEMPLATE = /(?:\bt|i18n\.t)\(\s*`([A-Za-z][\w.-]*)\$\{/g;

describe('i18n key coverage (zh-CN)', () => {
  const literal: { file: string; key: string }[] = [];
  const templated: { file: string; prefix: string }[] = [];
  for (const { file, text } of files) {
    for (const m of text.matchAll(LITERAL)) literal.push({ file, key: m[2] ?? m[4] });
    for (const m of text.matchAll(TEMPLATE)) templated.push({ file, prefix: m[1] });
  }

  it('finds the keys the web uses', () => {
    expect(literal.length).toBeGreaterThan(300);
  });

  it('has every literal key the code uses', () => {
    expect(literal.filter((u) => !exists(u.key)).map((u) => `${u.file}: ${u.key}`)).toEqual([]);
  });

  it('has entries under every prefix a run-time key is built from', () => {
    expect(templated.filter((u) => !hasPrefix(u.prefix)).map((u) => `${u.file}: ${u.prefix}…`)).toEqual([]);
  });
});
