import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppError } from './common/errors/app-error';
import { sendProblem, toAppError } from './common/errors/problem';
import { FieldErrorModel, ProblemModel } from './common/errors/problem.model';
import { problemOnClientError } from './common/http/client-error';
import { inputGuard } from './common/http/input-guard';
import { securityHeaders } from './common/http/security-headers';
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

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Helpdesk API')
    .setDescription(
      'Headless customer-service API: customers, tickets, workflows and checklists, knowledge base, feedback. ' +
        'Errors are RFC 9457 problems (application/problem+json). Lists are keyset-paginated with `limit` and `cursor`. ' +
        'Every POST accepts an `Idempotency-Key` header.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'opaque',
      description:
        'A tenant API key, an agent access token, a portal token or the platform admin token.',
    })
    .build();
  const doc = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemModel, FieldErrorModel],
  });
  addConventions(doc);
  return doc;
}

/** Everything the HTTP app needs, shared by main.ts, the tests and the benchmark. */
export function configureApp(
  app: NestExpressApplication,
  opts: { bodyLimit: string },
): OpenAPIObject {
  app.useLogger(app.get(Logger));
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
  app.use(express.json({ limit: opts.bodyLimit, type: JSON_TYPES, strict: true }));
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
  });
  return document;
}

const problem = (description: string) => ({
  description,
  content: {
    'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemModel' } },
  },
});

/** Conventions that hold for every operation, written once into the document. */
function addConventions(doc: OpenAPIObject): void {
  doc.components ??= {};
  doc.components.parameters = {
    ...doc.components.parameters,
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant.',
      schema: { type: 'string', maxLength: 255 },
    },
    RequestId: {
      name: 'x-request-id',
      in: 'header',
      required: false,
      description:
        'Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent.',
      schema: { type: 'string', maxLength: 128 },
    },
  };
  doc.servers = [{ url: 'http://localhost:3000', description: 'A local service (npm start)' }];
  doc.info.license = { name: 'UNLICENSED' };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      if (op.security === undefined) {
        // Public: no credential (health, token sign-in, help center, survey links).
        op.security = [];
      } else {
        op.responses['401'] ??= problem(
          'No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`).',
        );
        op.responses['403'] ??= problem('The credential lacks the scope this operation needs.');
      }
      type Headers = { headers?: Record<string, { schema?: unknown }> };
      for (const response of Object.values(op.responses) as Headers[]) {
        for (const header of Object.values(response.headers ?? {})) {
          header.schema ??= { type: 'string' };
        }
      }
      op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/RequestId' }];
      if (method === 'post') op.parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
      if (!path.startsWith('/health')) {
        op.responses['429'] ??= problem(
          'Rate limited: see `Retry-After` and the `RateLimit-*` headers.',
        );
      }
      if (['post', 'put', 'patch'].includes(method)) {
        op.responses['413'] ??= problem('Body larger than BODY_LIMIT.');
        op.responses['415'] ??= problem('Body is not application/json.');
      }
      op.responses['500'] ??= problem(
        'Unexpected error; no internals are returned. Quote the requestId.',
      );
    }
  }
}
