/**
 * Term comparison for matching: case-, width- and space-insensitive, and aware of synonym groups
 * (e.g. 电焊工 = 焊工, 月嫂 = 母婴护理员).
 */

/** NFKC (full-width → half-width), lower case, all white space removed. '' for a blank term. */
export function normalizeTerm(term: string): string {
  if (typeof term !== 'string') return '';
  return term.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * A certificate name for comparison: a normalised term without a trailing 证书 / 证
 * ("电工证" = "电工" = "电工 证书"). A name that is nothing but 证 / 证书 is kept as it is.
 */
export function normalizeCertificateName(name: string): string {
  const term = normalizeTerm(name);
  const stripped = term.replace(/(?:证书|证)$/u, '');
  return stripped === '' ? term : stripped;
}

/**
 * Synonym groups, closed over shared members: groups that share a term are one group
 * ([['焊工','电焊工'],['电焊工','电焊']] makes 焊工 = 电焊工 = 电焊).
 */
export class SynonymIndex {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();

  constructor(groups: readonly (readonly string[])[] = [], normalize: (term: string) => string = normalizeTerm) {
    for (const group of groups) {
      const terms = (group ?? []).map(normalize).filter((t) => t !== '');
      for (const term of terms) this.union(terms[0], term);
    }
    for (const term of [...this.parent.keys()].sort()) {
      const root = this.find(term);
      const list = this.members.get(root);
      if (list) list.push(term);
      else this.members.set(root, [term]);
    }
  }

  /** The same key for every term of a group; other terms are their own key. Input must be normalised. */
  keyOf(normalized: string): string {
    return this.parent.has(normalized) ? this.find(normalized) : normalized;
  }

  /** Every normalised term of the term's group (the term itself included), sorted. */
  variantsOf(normalized: string): string[] {
    if (!this.parent.has(normalized)) return normalized === '' ? [] : [normalized];
    return [...(this.members.get(this.find(normalized)) ?? [normalized])];
  }

  private find(term: string): string {
    let root = term;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression keeps later look-ups short.
    for (let node = term; node !== root;) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    if (!this.parent.has(a)) this.parent.set(a, a);
    if (!this.parent.has(b)) this.parent.set(b, b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller key wins, so the key does not depend on the order the groups were listed in.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

const termIndexes = new WeakMap<object, SynonymIndex>();
const certificateIndexes = new WeakMap<object, SynonymIndex>();
const EMPTY_TERMS = new SynonymIndex([]);
const EMPTY_CERTIFICATES = new SynonymIndex([], normalizeCertificateName);

/** The synonym index for a context's groups, built once per groups array (ranking calls it per item). */
export function synonymIndexFor(groups: readonly (readonly string[])[] | undefined): SynonymIndex {
  if (!groups || groups.length === 0) return EMPTY_TERMS;
  let index = termIndexes.get(groups);
  if (!index) {
    index = new SynonymIndex(groups);
    termIndexes.set(groups, index);
  }
  return index;
}

/** As synonymIndexFor, with certificate-name normalisation (a trailing 证 / 证书 ignored). */
export function certificateSynonymIndexFor(groups: readonly (readonly string[])[] | undefined): SynonymIndex {
  if (!groups || groups.length === 0) return EMPTY_CERTIFICATES;
  let index = certificateIndexes.get(groups);
  if (!index) {
    index = new SynonymIndex(groups, normalizeCertificateName);
    certificateIndexes.set(groups, index);
  }
  return index;
}
