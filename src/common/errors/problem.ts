import { HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, FieldError } from './app-error';
import { ERROR_CODES, ErrorCode, problemType } from './error-codes';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

const STATUS_TO_CODE: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Errors from body-parser carry a `type` string and a status. */
function bodyParserError(err: unknown): AppError | undefined {
  const e = err as { type?: string; status?: number; limit?: number };
  switch (e?.type) {
    case 'entity.parse.failed':
      return new AppError(
        'malformed_json',
        'The request body is not valid JSON. Check quotes, commas and brackets.',
      );
    case 'entity.too.large':
      return new AppError(
        'payload_too_large',
        `The request body is larger than the ${e.limit ?? ''} byte limit.`.replace('  ', ' '),
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'Send the body as UTF-8 JSON.');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new AppError('validation_failed', 'The request body could not be read.');
    default:
      return undefined;
  }
}

/** Normalises anything thrown into an AppError; unknown errors become `internal`. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fromParser = bodyParserError(err);
  if (fromParser) return fromParser;
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = STATUS_TO_CODE[status] ?? (status >= 500 ? 'internal' : 'validation_failed');
    if (status === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ /.test(err.message)) {
      return new AppError(
        'route_not_found',
        `${err.message.replace(/^Cannot /, 'There is no route ')}. See /docs for the API reference.`,
      );
    }
    const body = err.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : Array.isArray((body as { message?: unknown }).message)
          ? (body as { message: string[] }).message.join('; ')
          : String((body as { message?: unknown }).message ?? err.message);
    return new AppError(code, status >= 500 ? 'An unexpected error occurred.' : message);
  }
  return new AppError(
    'internal',
    'An unexpected error occurred. Quote the request id when reporting it.',
  );
}

export function toProblem(err: AppError, req?: Request): Problem {
  const def = ERROR_CODES[err.code];
  const problem: Problem = {
    type: problemType(err.typeSuffix ?? err.code),
    title: def.title,
    status: def.status,
    detail: err.detail,
  };
  if (req) {
    problem.instance = req.originalUrl?.split('?')[0];
    if (req.id !== undefined) problem.requestId = String(req.id);
  }
  if (err.errors?.length) problem.errors = err.errors;
  return problem;
}

export function sendProblem(res: Response, req: Request, err: AppError): void {
  const problem = toProblem(err, req);
  if (err.headers) for (const [k, v] of Object.entries(err.headers)) res.setHeader(k, v);
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
