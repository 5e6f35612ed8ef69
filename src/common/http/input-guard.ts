import { NextFunction, Request, Response } from 'express';
import { AppError, FieldError } from '../errors/app-error';
import { sendProblem } from '../errors/problem';

/** Deeper JSON than any of our inputs needs; deeper input is refused before validation. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses input PostgreSQL or the validators cannot take, for every route at once: NUL
 * characters (PostgreSQL rejects `\u0000` in text and jsonb) and lone UTF-16 surrogates
 * (`"\ud800"` in JSON is not a character: validator.js throws on it, PostgreSQL would store
 * U+FFFD instead) in the path, the query string, JSON keys and values, or escaped inside a
 * GraphQL document; and JSON nested deeper than MAX_JSON_DEPTH. Each is a 400 naming where it
 * was found.
 */
export function inputGuard(req: Request, res: Response, next: NextFunction): void {
  const problems: FieldError[] = [];
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // Not percent-encoded properly: the router answers that.
  }
  const inPath = badText(path);
  if (inPath) problems.push({ field: 'path', message: inPath });
  scan(req.query, 'query', problems);
  scan(req.body, '', problems);
  if (req.path === '/graphql') checkGraphql(req, problems);
  if (problems.length === 0) return next();
  sendProblem(res, req, AppError.validation(problems.slice(0, 10)));
}

/** A GraphQL string escape for NUL: `\u0000` or `\u{0}` (GraphQL 16's variable width). */
const NUL_ESCAPE = /\\u(?:0000|\{0+\})/i;

/**
 * GraphQL documents and variables as POST bodies (one or a batch) or GET parameters: a NUL
 * written as an escape in the document, and variables sent as JSON text in a GET, only become
 * characters when Apollo parses them, after this guard.
 */
function checkGraphql(req: Request, problems: FieldError[]): void {
  const query = req.query as Record<string, unknown>;
  const bodies = Array.isArray(req.body) ? (req.body as unknown[]) : [req.body, query];
  for (const b of bodies) {
    const document = (b as { query?: unknown } | undefined)?.query;
    if (typeof document === 'string' && NUL_ESCAPE.test(document))
      problems.push({ field: 'query', message: NUL });
  }
  if (typeof query.variables === 'string') {
    try {
      scan(JSON.parse(query.variables), 'variables', problems);
    } catch {
      // Not JSON: Apollo answers that.
    }
  }
}

const NUL = 'must not contain NUL (\\u0000) characters';
const SURROGATE = 'must be valid Unicode: a lone surrogate (\\ud800-\\udfff) is not a character';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be stored, or undefined. */
function badText(s: string): string | undefined {
  if (s.includes('\u0000')) return NUL;
  if (LONE_SURROGATE.test(s)) return SURROGATE;
  return undefined;
}

/** Iterative walk (a recursive one would overflow on the input it is meant to refuse). */
function scan(root: unknown, base: string, problems: FieldError[]): void {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: base, depth: 0 },
  ];
  while (stack.length > 0 && problems.length < 10) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const bad = badText(value);
      if (bad) problems.push({ field: path || 'body', message: bad });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push({
        field: path || 'body',
        message: `is nested more than ${MAX_JSON_DEPTH} levels deep`,
      });
      return;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      const badKey = badText(key);
      if (badKey) problems.push({ field: path || 'body', message: `keys ${badKey}` });
      stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
}
