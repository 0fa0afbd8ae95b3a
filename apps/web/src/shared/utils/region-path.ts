/**
 * GB/T 2260 codes are hierarchical: 620000 province, 622900 prefecture, 622921 county (9-digit codes are townships
 * under a county). The cascader path for a saved code is derived from the code itself.
 */
export function regionPath(code: string | null | undefined, maxDepth = 3): string[] {
  if (!code || !/^\d{6}(\d{3})?$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  const county = code.slice(0, 6);
  const path = [province];
  if (prefecture !== province) path.push(prefecture);
  if (county !== prefecture) path.push(county);
  if (code.length === 9) path.push(code);
  return path.slice(0, maxDepth);
}

/** The code the user picked: the last element of a cascader path. */
export const lastCode = (path: readonly string[] | null | undefined): string | undefined =>
  path && path.length ? path[path.length - 1] : undefined;
