import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { PROBLEM_DESCRIPTIONS, PROBLEM_JSON, problemContent } from '../errors/problem.model';
import { ID_PARAM } from '../http/uuid-params.pipe';

/** Marks an operation the rate limiter skips (`@Public({ throttle: false })`); removed here. */
export const UNTHROTTLED = 'x-unthrottled';

const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
type Responses = Record<string, ResponseObject>;

const ref = (kind: string, name: string): ReferenceObject => ({
  $ref: `#/components/${kind}/${name}`,
});
const int32 = { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 } as const;

/** Response headers, declared once and referenced by every response that carries them. */
const HEADERS: Record<string, HeaderObject> = {
  RequestId: {
    description:
      'The request id: the `x-request-id` you sent, or a generated one. Logged with the request and quoted as `requestId` in problems.',
    schema: { type: 'string', maxLength: 128 },
  },
  RateLimitLimit: {
    description:
      'Requests allowed per window (a minute unless configured) for this credential (for the client IP when anonymous). Sent once the request is authenticated: not on a 401, 403, 413 or 415.',
    schema: int32,
  },
  RateLimitRemaining: {
    description: 'Requests left in the current window.',
    schema: int32,
  },
  RateLimitReset: {
    description: 'Seconds until the window resets.',
    schema: int32,
  },
  RetryAfter: {
    description: 'Seconds to wait before retrying.',
    schema: int32,
  },
  ETag: {
    description:
      'The resource version, `"<version>"`: send it back as `If-Match` to update only that version, or as `If-None-Match` to get a 304 while it is unchanged.',
    schema: { type: 'string', pattern: '^"[0-9]+"$', maxLength: 12, example: '"3"' },
  },
  IdempotentReplayed: {
    description:
      'Present (`true`) when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
    schema: { type: 'string', enum: ['true'] },
  },
  WWWAuthenticate: {
    description: 'The authentication scheme: `Bearer`.',
    schema: { type: 'string', enum: ['Bearer'] },
  },
};

/** Request headers shared by many operations. */
const PARAMETERS: Record<string, ParameterObject> = {
  RequestId: {
    name: 'x-request-id',
    in: 'header',
    required: false,
    description:
      'Your correlation id (letters, digits, `._:-`, up to 128); echoed back and logged. One is generated when absent or malformed.',
    schema: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9._:-]{1,128}$' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes a POST safe to retry: the same key and body within 24 h replay the first response (with `Idempotent-Replayed: true`); another body → 422; while the first is running → 409. Keys are per tenant. A UUID is a good key.',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]{1,255}$' },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The `ETag` you read (e.g. `"3"`): the change applies only to that version, otherwise 412. Without it the change applies to whatever is current.',
    schema: { type: 'string', maxLength: 16, example: '"3"' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description:
      'An `ETag` you read earlier: 304 Not Modified, without a body, while the resource still has that version.',
    schema: { type: 'string', maxLength: 256, example: '"3"' },
  },
};

/** The statuses that come back as HTML from the survey pages (`/s/…`), not as problems. */
const HTML_ERRORS = new Set([400, 404, 410, 429, 500]);

interface Shape {
  path: string;
  method: Method;
  op: OperationObject;
  secured: boolean;
  throttled: boolean;
  idempotent: boolean;
  html: boolean;
}

/**
 * Writes the conventions every operation shares into the document, derived from what it is
 * (secured or public, has a body, an id in its path, If-Match, a versioned result), so that
 * each operation documents every status it can answer and every header it sends. The e2e
 * suite checks the result against the live answers (test/factories/contract.ts).
 */
export function addConventions(doc: OpenAPIObject, schemas: Record<string, SchemaObject>): void {
  doc.components ??= {};
  doc.components.headers = { ...doc.components.headers, ...HEADERS };
  doc.components.parameters = { ...doc.components.parameters, ...PARAMETERS };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const secured = (op.security?.length ?? 0) > 0;
      const extensions = op as unknown as Record<string, unknown>;
      const throttled = extensions[UNTHROTTLED] !== true;
      delete extensions[UNTHROTTLED];
      if (!secured) op.security = []; // public: health, sign-in, help center, survey links
      const responses = op.responses as Responses;
      const html = Object.values(responses).some((r) => r.content?.['text/html']);
      const shape: Shape = {
        path,
        method,
        op,
        secured,
        throttled,
        // The Idempotency-Key store is per tenant: only authenticated POSTs take a key.
        idempotent: method === 'post' && secured,
        html,
      };
      addParameters(shape);
      addProblems(shape);
      addConditionalGet(shape, schemas);
      for (const [status, response] of Object.entries(responses)) {
        addHeaders(shape, Number(status), response, schemas);
      }
      op.responses = Object.fromEntries(
        Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
  }
}

function addParameters({ op, idempotent }: Shape): void {
  for (const p of op.parameters ?? []) {
    // UuidParamsPipe: an id in a path that is not a UUID names nothing (404).
    if ('name' in p && p.in === 'path' && ID_PARAM.test(p.name)) {
      p.schema = { type: 'string', format: 'uuid' };
    }
  }
  const params = (op.parameters ?? []).filter(
    (p: ParameterObject | ReferenceObject) =>
      !('name' in p && p.in === 'header' && p.name === 'If-Match'),
  );
  if (params.length !== (op.parameters ?? []).length) params.push(ref('parameters', 'IfMatch'));
  params.push(ref('parameters', 'RequestId'));
  if (idempotent) params.push(ref('parameters', 'IdempotencyKey'));
  op.parameters = params;
}

const hasIfMatch = (op: OperationObject) =>
  (op.parameters ?? []).some(
    (p: ParameterObject | ReferenceObject) => '$ref' in p && p.$ref.endsWith('/IfMatch'),
  );

function addProblems(shape: Shape): void {
  const { path, method, op, secured, throttled, idempotent, html } = shape;
  const responses = op.responses as Responses;
  // Pages (the survey links) answer their errors as pages too, with the page's headers.
  const htmlPage = Object.values(responses).find((r) => r.content?.['text/html']);
  // Declared by a decorator or not, each problem status gets its media type.
  const add = (status: number, description = PROBLEM_DESCRIPTIONS[status]) => {
    const key = String(status);
    responses[key] ??= { description };
    const page = html && HTML_ERRORS.has(status) ? htmlPage : undefined;
    responses[key].content ??= page?.content ? { ...page.content } : problemContent();
    if (page?.headers) responses[key].headers = { ...page.headers, ...responses[key].headers };
  };
  // Every request passes the input guard (NUL characters, nesting), whatever the route.
  add(400);
  if (html) responses['400'].content![PROBLEM_JSON] ??= problemContent()[PROBLEM_JSON];
  if (secured) {
    add(401);
    add(403);
  }
  const idsInPath = [...path.matchAll(/\{(\w+)\}/g)].some(([, name]) => ID_PARAM.test(name));
  if (idsInPath) add(404);
  if (hasIfMatch(op)) add(412);
  if (idempotent) {
    const inFlight =
      'A request with this `Idempotency-Key` is still running: retry after `Retry-After` seconds.';
    const reused =
      'This `Idempotency-Key` was used with another request (method, path or body): use a new key.';
    appendOrAdd(responses, 409, inFlight, add);
    appendOrAdd(responses, 422, reused, add);
  }
  // Every method that may carry a body (DELETE included) has it checked: size and media type.
  if (['post', 'put', 'patch', 'delete'].includes(method)) {
    add(413);
    add(415);
  }
  if (throttled) add(429);
  add(500);
  // Problems declared by a decorator without a body (e.g. @ApiUnauthorizedResponse) get one.
  for (const status of Object.keys(responses).map(Number)) if (status >= 400) add(status);
}

function appendOrAdd(
  responses: Responses,
  status: number,
  text: string,
  add: (status: number, description?: string) => void,
): void {
  const existing = responses[String(status)];
  if (existing) existing.description = `${existing.description} Or: ${text}`;
  else add(status, text);
}

/** The schema a 2xx JSON response returns, when it is a named component. */
function componentOf(
  response: ResponseObject,
  schemas: Record<string, SchemaObject>,
): SchemaObject | undefined {
  const schema = response.content?.['application/json']?.schema;
  if (!schema || !('$ref' in schema)) return undefined;
  return schemas[schema.$ref.split('/').pop()!];
}

/** EtagInterceptor: a response whose body has a numeric `version` carries `ETag`. */
const versioned = (response: ResponseObject, schemas: Record<string, SchemaObject>) =>
  componentOf(response, schemas)?.properties?.version !== undefined;

/** Express answers a GET whose ETag matches `If-None-Match` with 304 and no body. */
function addConditionalGet(shape: Shape, schemas: Record<string, SchemaObject>): void {
  const { op, method } = shape;
  const ok = (op.responses as Responses)['200'];
  if (method !== 'get' || !ok || !versioned(ok, schemas)) return;
  (op.responses as Responses)['304'] = {
    description: 'Not modified: the `If-None-Match` ETag is still the current version.',
  };
  op.parameters!.push(ref('parameters', 'IfNoneMatch'));
}

function addHeaders(
  { throttled, idempotent, method, secured }: Shape,
  status: number,
  response: ResponseObject,
  schemas: Record<string, SchemaObject>,
): void {
  const headers: Record<string, HeaderObject | ReferenceObject> = {};
  const success = status >= 200 && status < 300;
  if ((success && versioned(response, schemas)) || (status === 304 && method === 'get')) {
    headers.ETag = ref('headers', 'ETag');
  }
  // The rate limiter runs after authentication and body parsing: their refusals carry none.
  const refusedBefore = [413, 415, ...(secured ? [401, 403] : [])];
  const limited = throttled && !refusedBefore.includes(status);
  if (limited) {
    headers['RateLimit-Limit'] = ref('headers', 'RateLimitLimit');
    headers['RateLimit-Remaining'] = ref('headers', 'RateLimitRemaining');
    headers['RateLimit-Reset'] = ref('headers', 'RateLimitReset');
  }
  if (status === 429 || (idempotent && status === 409)) {
    headers['Retry-After'] = ref('headers', 'RetryAfter');
  }
  if (status === 401) headers['WWW-Authenticate'] = ref('headers', 'WWWAuthenticate');
  // Stored answers (anything but invalid input, auth, transport and server errors) replay.
  if (idempotent && (success || [404, 409, 412, 422].includes(status))) {
    headers['Idempotent-Replayed'] = ref('headers', 'IdempotentReplayed');
  }
  headers['x-request-id'] = ref('headers', 'RequestId');
  response.headers = { ...response.headers, ...headers };
}
