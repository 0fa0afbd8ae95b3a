import { ErrorCode } from '@jobbridge/contracts';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Longest accepted GraphQL document, in characters (the web app's largest is a few thousand). */
export const MAX_DOCUMENT_LENGTH = 50_000;
/** Deepest `{` nesting looked at before parsing: GraphQL's parser recurses per level and overflows at ~2,000. */
export const MAX_BRACE_DEPTH = 40;

/**
 * Runs before Apollo parses a document: refuses one that is too long or nested so deep that parsing it would be the
 * attack (the request limits plugin then checks the real selection depth, aliases and cost on the parsed document).
 */
@Injectable()
export class GraphqlBodyMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const query = (req.method === 'GET' ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query) as unknown;
    if (typeof query === 'string') {
      if (query.length > MAX_DOCUMENT_LENGTH)
        return refuse(res, ErrorCode.QUERY_TOO_COMPLEX, `查询文本过长（超过 ${MAX_DOCUMENT_LENGTH} 个字符）`);
      if (braceDepth(query) > MAX_BRACE_DEPTH) return refuse(res, ErrorCode.QUERY_TOO_DEEP, `查询嵌套过深（超过 ${MAX_BRACE_DEPTH} 层）`);
    }
    next();
  }
}

function refuse(res: Response, code: ErrorCode, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/** Deepest nesting of `{`, `(` and `[` outside strings and comments. */
export function braceDepth(doc: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < doc.length; i++) {
    const ch = doc[i];
    if (ch === '#') {
      while (i < doc.length && doc[i] !== '\n') i++;
    } else if (ch === '"') {
      const block = doc.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < doc.length && !(block ? doc.startsWith('"""', i) : doc[i] === '"' || doc[i] === '\n')) i += doc[i] === '\\' ? 2 : 1;
      if (block) i += 2;
    } else if (ch === '{' || ch === '(' || ch === '[') {
      if (++depth > max) max = depth;
    } else if (ch === '}' || ch === ')' || ch === ']') {
      depth--;
    }
  }
  return max;
}
