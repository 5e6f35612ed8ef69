import type {
  CorsOptions,
  CorsOptionsDelegate,
} from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, Response } from 'express';
import { CorsOrigins } from './cors-origins.service';

/** The public help center: no credential, published articles only; any page may read it. */
export const PUBLIC_PREFIX = '/v1/public/';

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'If-Match',
  'Last-Event-ID',
  'x-request-id',
];
export const CORS_EXPOSED_HEADERS = [
  'ETag',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
  'x-request-id',
  'Idempotent-Replayed',
];

const COMMON: CorsOptions = {
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowedHeaders: CORS_ALLOWED_HEADERS,
  exposedHeaders: CORS_EXPOSED_HEADERS,
  // Bearer credentials, never cookies.
  credentials: false,
  maxAge: 600,
};

/**
 * Options for `app.enableCors` (the `cors` package): the public help center allows any origin;
 * everything else (REST, GraphQL, the portal, the event stream) allows CORS_ORIGINS and the
 * origins some tenant allows, decided by an origin callback. A refused origin gets no CORS
 * headers at all, so the browser keeps the response from the page.
 */
export function corsOptions(origins: CorsOrigins): CorsOptionsDelegate<Request> {
  const allowed: CorsOptions = {
    ...COMMON,
    origin: (origin, callback) => {
      origins.allowedForSomeTenant(origin).then(
        (ok) => callback(null, ok ? origin : false),
        () => callback(null, false),
      );
    },
  };
  const anyOrigin: CorsOptions = { ...COMMON, origin: '*' };
  return (req, callback) =>
    callback(null, req.path.startsWith(PUBLIC_PREFIX) ? anyOrigin : allowed);
}

/**
 * Runs after the `cors` middleware: a preflight it did not answer (origin refused) ends here
 * with 204 and no CORS headers rather than falling through to the router's 404. Responses
 * vary by Origin either way, so a shared cache never serves one origin's answer to another.
 */
export function endRefusedPreflight(req: Request, res: Response, next: NextFunction): void {
  if (req.headers.origin) res.vary('Origin');
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.status(204).setHeader('Content-Length', '0');
    res.end();
    return;
  }
  next();
}
