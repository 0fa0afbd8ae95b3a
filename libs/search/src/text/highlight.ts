const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wraps every occurrence of the terms in <mark>…</mark>, HTML-escaping the rest. With `window`, returns a snippet of
 * about that many characters around the first match (with … where cut).
 */
export function highlight(text: string, terms: string[], window?: number): string {
  const sorted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  let source = text;
  if (window && text.length > window) {
    const first = sorted.length
      ? Math.min(...sorted.map((t) => text.toLowerCase().indexOf(t.toLowerCase())).filter((i) => i >= 0), Infinity)
      : Infinity;
    const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(window / 3)) : 0;
    source = (start > 0 ? '…' : '') + text.slice(start, start + window) + (start + window < text.length ? '…' : '');
  }
  if (!sorted.length) return escapeHtml(source);
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    out += escapeHtml(source.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(source.slice(last));
}
