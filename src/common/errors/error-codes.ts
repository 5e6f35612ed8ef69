import { HttpStatus } from '@nestjs/common';

/** Every error a user can see. One row per code: HTTP status, title, GraphQL code. */
export const ERROR_CODES = {
  validation_failed: {
    status: HttpStatus.BAD_REQUEST,
    title: 'Invalid request',
    graphql: 'BAD_USER_INPUT',
  },
  malformed_json: {
    status: HttpStatus.BAD_REQUEST,
    title: 'Malformed JSON body',
    graphql: 'BAD_USER_INPUT',
  },
  unauthenticated: {
    status: HttpStatus.UNAUTHORIZED,
    title: 'Authentication required',
    graphql: 'UNAUTHENTICATED',
  },
  forbidden: { status: HttpStatus.FORBIDDEN, title: 'Missing scope', graphql: 'FORBIDDEN' },
  not_found: { status: HttpStatus.NOT_FOUND, title: 'Not found', graphql: 'NOT_FOUND' },
  route_not_found: { status: HttpStatus.NOT_FOUND, title: 'No such route', graphql: 'NOT_FOUND' },
  method_not_allowed: {
    status: HttpStatus.METHOD_NOT_ALLOWED,
    title: 'Method not allowed',
    graphql: 'BAD_REQUEST',
  },
  conflict: { status: HttpStatus.CONFLICT, title: 'Conflict', graphql: 'CONFLICT' },
  idempotency_in_flight: {
    status: HttpStatus.CONFLICT,
    title: 'Request with this Idempotency-Key is still running',
    graphql: 'CONFLICT',
  },
  precondition_failed: {
    status: HttpStatus.PRECONDITION_FAILED,
    title: 'Version mismatch',
    graphql: 'PRECONDITION_FAILED',
  },
  payload_too_large: {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    title: 'Request body too large',
    graphql: 'BAD_USER_INPUT',
  },
  unsupported_media_type: {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    title: 'Unsupported content type',
    graphql: 'BAD_USER_INPUT',
  },
  unprocessable: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'Request refused',
    graphql: 'UNPROCESSABLE',
  },
  idempotency_key_reused: {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'Idempotency-Key reused with another request',
    graphql: 'UNPROCESSABLE',
  },
  rate_limited: {
    status: HttpStatus.TOO_MANY_REQUESTS,
    title: 'Too many requests',
    graphql: 'RATE_LIMITED',
  },
  internal: {
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    title: 'Internal server error',
    graphql: 'INTERNAL_SERVER_ERROR',
  },
  malformed_request: {
    status: HttpStatus.BAD_REQUEST,
    title: 'Malformed HTTP request',
    graphql: 'BAD_REQUEST',
  },
  request_timeout: {
    status: HttpStatus.REQUEST_TIMEOUT,
    title: 'Request timeout',
    graphql: 'BAD_REQUEST',
  },
  headers_too_large: {
    // Not in Nest's HttpStatus enum (RFC 6585).
    status: 431,
    title: 'Request headers too large',
    graphql: 'BAD_REQUEST',
  },
  unavailable: {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    title: 'Service unavailable',
    graphql: 'UNAVAILABLE',
  },
} as const satisfies Record<string, { status: HttpStatus | 431; title: string; graphql: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Problem `type` URIs are relative references (RFC 9457 §3.1.1), stable per code. */
export const problemType = (code: string) => `/problems/${code.replace(/_/g, '-')}`;
