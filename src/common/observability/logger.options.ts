import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's `x-request-id` when it is sane, otherwise makes one; echoes it back. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** Secrets never reach a log: credentials are redacted wherever they could appear. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.key',
  '*.token',
  '*.secret',
];

/**
 * Stream tokens travel in the query (`EventSource` cannot send headers), survey links carry
 * their signed token in the path (`/s/<token>`): neither is logged.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/^(\/s\/)[^/?#]+/, '$1[redacted]')
    .replace(/([?&](?:token|access_token)=)[^&#]*/gi, '$1[redacted]');
}

export function loggerOptions(level: string): Params {
  return {
    // Probes and scrapes are not worth a log line (nor the per-request child logger).
    exclude: [
      { path: 'health/*path', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
    ],
    pinoHttp: {
      level,
      // configureApp assigns req.id first, so problems from body parsing carry it too.
      genReqId: (req, res) => (req as { id?: string }).id ?? requestId(req, res),
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Who called is known only after the guard ran: add it to the completion line.
      customSuccessObject: (req, _res, value) => withCaller(req, value),
      customErrorObject: (req, _res, _err, value) => withCaller(req, value),
      serializers: {
        req: (req: {
          id: string;
          method: string;
          url: string;
          headers: Record<string, unknown>;
        }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
          headers: {
            'user-agent': req.headers['user-agent'],
            authorization: req.headers.authorization,
          },
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    },
  };
}

function withCaller(req: IncomingMessage, value: Record<string, unknown>): Record<string, unknown> {
  const p = (req as { principal?: { tenantId: string | null; kind: string; id: string } })
    .principal;
  return p ? { ...value, tenantId: p.tenantId, credential: `${p.kind}:${p.id}` } : value;
}
