import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** JSON responses render nothing: no source of any kind, never framed. */
const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** Swagger UI at /docs: its own scripts, inline <style> blocks, data: images, the spec fetched from here. */
const DOCS_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Everything helmet does for every response, except the CSP (per area below) and HSTS. */
const common = helmet({
  contentSecurityPolicy: false,
  strictTransportSecurity: false,
  // The API is meant to be read cross-origin (CORS decides who), and so are its public pages.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  referrerPolicy: { policy: 'no-referrer' },
});
const apiCsp = helmet.contentSecurityPolicy({ useDefaults: false, directives: API_CSP });
const docsCsp = helmet.contentSecurityPolicy({ useDefaults: false, directives: DOCS_CSP });
const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });

/**
 * Security headers on every response (helmet): `nosniff`, no `x-powered-by`, frame and
 * referrer policies, a Content-Security-Policy fitting each area (Swagger UI at /docs; the
 * survey pages under /s/ set their own stricter one), and HSTS when the request came over TLS
 * (directly, or through a trusted proxy's `X-Forwarded-Proto: https`).
 */
export function securityHeaders(): RequestHandler[] {
  return [
    common,
    (req: Request, res: Response, next: NextFunction) => {
      if (req.path === '/s' || req.path.startsWith('/s/')) return next();
      const docs = req.path === '/docs' || req.path.startsWith('/docs/');
      return (docs ? docsCsp : apiCsp)(req, res, next);
    },
    (req: Request, res: Response, next: NextFunction) =>
      req.secure ? hsts(req, res, next) : next(),
  ];
}
