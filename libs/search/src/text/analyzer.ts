import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { jiebaUserDict } from './job-title-words';
import { OCCUPATION_SYNONYMS } from './synonyms';

/**
 * Chinese text analysis shared by the embedded engine: jieba with one job-title dictionary, search mode (all
 * sub-words) when indexing, precise mode for queries, synonym groups applied at query time.
 */
export interface TextAnalyzer {
  /** Tokens to index: search mode, so 电焊工 also yields 电焊 and 焊工. Lower-cased, punctuation dropped. */
  indexTokens(text: string): string[];
  /** Tokens of a query: precise mode, punctuation dropped, de-duplicated, in order. */
  queryTokens(text: string): string[];
  /** Alternatives for each query token (the token first, then its synonyms). */
  expand(tokens: string[]): string[][];
}

const WORD = /[\p{L}\p{N}]/u;

let shared: TextAnalyzer | undefined;

/** The process-wide analyzer (loading the dictionaries takes ~100 ms, so it happens once). */
export function textAnalyzer(): TextAnalyzer {
  if (shared) return shared;
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(jiebaUserDict());
  const synonyms = new Map<string, string[]>();
  for (const group of OCCUPATION_SYNONYMS)
    for (const term of group) synonyms.set(term.toLowerCase(), [...new Set(group.map((t) => t.toLowerCase()))]);
  const clean = (tokens: string[]) => tokens.map((t) => t.trim().toLowerCase()).filter((t) => t && WORD.test(t));
  shared = {
    indexTokens: (text) => clean(jieba.cutForSearch(text, true)),
    // HMM on, as when indexing: words only HMM recognises (town names like 韩集) then segment alike on both sides.
    queryTokens: (text) => [...new Set(clean(jieba.cut(text, true)))],
    expand: (tokens) => tokens.map((t) => [t, ...(synonyms.get(t) ?? []).filter((s) => s !== t)]),
  };
  return shared;
}
