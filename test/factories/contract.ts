import type { OpenAPIObject } from '@nestjs/swagger';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Checks every HTTP answer a spec file gets against openapi.yaml: its status is documented for
 * the operation, each header it carries (beyond transport, CORS and security headers) is
 * declared on that response, and its media type is one the response documents. Every e2e spec
 * runs through it, so the document cannot drift from what the service really sends.
 */
export interface Observation {
  method: string;
  url: string;
  status: number;
  headers: string[];
  contentType?: string;
  hasBody: boolean;
}

/** Headers that are not part of the API contract (transport, CORS, helmet). */
const NOT_CONTRACT = new Set([
  'connection',
  'keep-alive',
  'date',
  'content-length',
  'content-type',
  'transfer-encoding',
  'vary',
  'cache-control',
  'pragma',
  'expires',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
]);

/** Starts recording the answers `server` sends. */
export function observe(server: Server): Observation[] {
  const seen: Observation[] = [];
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    let bytes = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += chunk.length;
    };
    (res as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return write(chunk, ...rest);
    };
    (res as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return end(chunk, ...rest);
    };
    res.once('close', () => {
      const type = res.getHeader('content-type');
      seen.push({
        method,
        url,
        status: res.statusCode,
        headers: res.getHeaderNames().map((h) => h.toLowerCase()),
        contentType: typeof type === 'string' ? type.split(';')[0].trim() : undefined,
        hasBody: bytes > 0,
      });
    });
  });
  return seen;
}

type Operation = {
  responses: Record<string, { headers?: Record<string, unknown>; content?: object }>;
};

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  literals: number;
  op: Operation;
}

function routesOf(doc: OpenAPIObject): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (!['get', 'head', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const segments = template.split('/');
      const pattern = new RegExp(
        `^${segments
          .map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
          .join('/')}$`,
      );
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern,
        literals: segments.filter((s) => !s.startsWith('{')).length,
        op,
      });
    }
  }
  // A literal segment wins over a parameter (`/v1/tickets/bulk` before `/v1/tickets/{id}`).
  return routes.sort((a, b) => b.literals - a.literals);
}

/** What `seen` got that `doc` does not document, one line per distinct finding. */
export function undocumented(doc: OpenAPIObject, seen: Observation[]): string[] {
  const routes = routesOf(doc);
  const findings = new Set<string>();
  for (const o of seen) {
    let path = o.url.split('?')[0];
    try {
      path = decodeURIComponent(path);
    } catch {
      continue;
    }
    const route = routes.find((r) => r.method === o.method && r.pattern.test(path));
    if (!route) continue;
    const at = `${o.method} ${route.template} → ${o.status}`;
    const response = route.op.responses[String(o.status)] ?? route.op.responses.default;
    if (!response) {
      findings.add(`${at}: status not documented`);
      continue;
    }
    const declared = new Set(Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()));
    for (const header of o.headers) {
      if (!NOT_CONTRACT.has(header) && !header.startsWith('access-control-')) {
        if (!declared.has(header)) findings.add(`${at}: header ${header} not declared`);
      }
    }
    const content = response.content as Record<string, unknown> | undefined;
    if (o.hasBody && o.contentType && o.method !== 'HEAD') {
      if (!content) findings.add(`${at}: a ${o.contentType} body, none documented`);
      else if (!(o.contentType in content)) {
        findings.add(`${at}: ${o.contentType} not among ${Object.keys(content).join(', ')}`);
      }
    }
  }
  return [...findings].sort();
}

/** Appends `seen` to a JSON-lines file (CONTRACT_LOG), for a survey across spec files. */
export function logObservations(file: string, seen: Observation[]): void {
  if (seen.length) appendFileSync(file, seen.map((o) => JSON.stringify(o)).join('\n') + '\n');
}
