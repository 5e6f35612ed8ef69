import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AppError } from '../errors/app-error';
import { getRequest } from '../auth/get-request';

/** `"3"`, `W/"3"` or `3` → 3; absent or `*` → undefined (no precondition). */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) {
    throw new AppError('validation_failed', 'If-Match must be the ETag a GET returned, e.g. "3".', [
      { field: 'If-Match', message: 'is not an ETag of this API' },
    ]);
  }
  return Number(m[1]);
}

/** The version the client expects (from If-Match), for optimistic concurrency. */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  parseIfMatch(getRequest(ctx).header('if-match')),
);

export const etagOf = (version: number) => `"${version}"`;

/** Swagger: the optional If-Match header of a conditional write. */
export const ApiIfMatch = () =>
  ApiHeader({ name: 'If-Match', required: false, description: 'ETag from a GET; 412 when stale.' });
