import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject, ServerObject } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppError } from './common/errors/app-error';
import { sendProblem, toAppError } from './common/errors/problem';
import { FieldErrorModel, ProblemModel } from './common/errors/problem.model';
import { problemOnClientError } from './common/http/client-error';
import { addConventions } from './common/openapi/conventions';
import { API_TAGS } from './common/openapi/tags';
import { applyValidationLimits } from './common/openapi/validation-limits';
import { inputGuard } from './common/http/input-guard';
import { securityHeaders } from './common/http/security-headers';
import { AppLogger } from './common/observability/app-logger';
import { requestId } from './common/observability/logger.options';
import { CorsOrigins } from './modules/cors/cors-origins.service';
import { corsOptions, endRefusedPreflight } from './modules/cors/cors.policy';

const JSON_TYPES = ['application/json', 'application/*+json'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The public survey pages (`/s/:token`) post plain HTML forms: the one non-JSON body accepted. */
const FORM_PATH = '/s';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** 415 for a body that is not JSON (a body-less POST is fine). */
function requireJson(req: Request, res: Response, next: NextFunction): void {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    Number(req.headers['content-length'] ?? 0) > 0;
  const isForm = req.path.startsWith(`${FORM_PATH}/`) && req.is(FORM_TYPE);
  if (BODY_METHODS.has(req.method) && hasBody && !req.is(JSON_TYPES) && !isForm) {
    sendProblem(
      res,
      req,
      new AppError(
        'unsupported_media_type',
        `Send the body as JSON with Content-Type: application/json (got ${req.headers['content-type'] ?? 'none'}).`,
      ),
    );
    return;
  }
  next();
}

const DESCRIPTION = [
  'Headless customer-service API: customers, tickets, workflows and checklists, knowledge base, feedback, webhooks and reports.',
  '- **Auth**: `Authorization: Bearer <secret>`; missing or invalid → 401, lacking the scope → 403. Another tenant’s resource is a 404, like a missing one.',
  '- **Errors** are RFC 9457 problems (`application/problem+json`): `{type, title, status, detail, instance, requestId, errors?: [{field, message}]}`. No request gets a 5xx by being malformed.',
  '- **Lists** return `{data, nextCursor}`; pass `nextCursor` back as `cursor`. `limit` is 1..100 (25 by default; the ticket export takes up to 1000).',
  '- **Idempotency**: every authenticated POST takes an `Idempotency-Key`; a retry with the same key and body gets the first answer with `Idempotent-Replayed: true`.',
  '- **Concurrency**: versioned resources answer `ETag: "<version>"`; send it as `If-Match` to update that version only (412 otherwise), or as `If-None-Match` on a GET for a 304.',
  '- **Rate limits** per credential: `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`; 429 with `Retry-After`.',
  '- **Request ids**: send `x-request-id` (or get a generated one); it is echoed, logged and quoted in problems.',
  '- **Browsers**: CORS per tenant (`/v1/tenant/settings/cors`); `ETag`, `RateLimit-*`, `Retry-After`, `x-request-id` and `Idempotent-Replayed` are exposed to scripts.',
].join('\n');

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Helpdesk API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque',
      description:
        'A tenant API key (`hdk_…`), an agent access token, a portal token, or the platform admin token (tenant creation only).',
    });
  for (const tag of API_TAGS) builder.addTag(tag.name, tag.description);
  const config = builder.build();
  applyValidationLimits();
  const doc = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemModel, FieldErrorModel],
  });
  doc.servers = [
    {
      url: 'http://localhost:3000',
      description: 'Local development (`npm start`); point your client at your deployment.',
      'x-internal': false,
    } as ServerObject,
  ];
  doc.info.license = { name: 'UNLICENSED' };
  addConventions(doc, doc.components?.schemas as Record<string, SchemaObject>);
  return doc;
}

/** Everything the HTTP app needs, shared by main.ts, the tests and the benchmark. */
export function configureApp(
  app: NestExpressApplication,
  opts: { bodyLimit: string },
): OpenAPIObject {
  app.useLogger(new AppLogger(app.get(Logger)));
  app.disable('x-powered-by');
  problemOnClientError(app.getHttpServer());
  // Versioned resources carry `ETag: "<version>"` (EtagInterceptor); no hash ETags elsewhere.
  app.set('etag', false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    req.id = requestId(req, res);
    next();
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(...securityHeaders());
  app.enableCors(corsOptions(app.get(CorsOrigins)));
  app.use(endRefusedPreflight);
  app.use(requireJson);
  // Only methods that take a body read one: a body sent with a GET is ignored, not refused.
  const json = express.json({ limit: opts.bodyLimit, type: JSON_TYPES, strict: true });
  app.use((req: Request, res: Response, next: NextFunction) =>
    BODY_METHODS.has(req.method) ? json(req, res, next) : next(),
  );
  app.use(FORM_PATH, express.urlencoded({ extended: false, limit: '32kb', type: FORM_TYPE }));
  app.use(inputGuard);
  app.use(FORM_PATH, (req: Request, _res: Response, next: NextFunction) => {
    // A link whose path is not valid percent-encoding was not issued by us: route it as an
    // invalid token, so the survey page answers it (HTML), not the router's JSON 400.
    try {
      decodeURIComponent(req.path);
    } catch {
      req.url = '/-';
    }
    next();
  });
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    sendProblem(res, req, toAppError(err));
  });
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    // The operationId is the method name a generated client gives each operation.
    swaggerOptions: { displayOperationId: true, docExpansion: 'none' },
  });
  return document;
}
