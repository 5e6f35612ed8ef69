import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, map, Observable } from 'rxjs';
import { NO_TENANT } from '../../database/ids';
import { AppError } from '../errors/app-error';
import { toAppError } from '../errors/problem';
import { IdempotencyService, StoredResponse } from './idempotency.service';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const REPLAYED_HEADERS = ['location', 'etag', 'content-type'];

/** Thrown to short-circuit a request with a stored response; written by the ProblemFilter. */
export class IdempotentReplay {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string>,
  ) {}
}

/** Stable JSON: object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `Idempotency-Key` on POST: the first response (status, body, key headers) is stored for 24 h
 * and replayed with `Idempotent-Replayed: true`; another body with the same key is a 422; the
 * same key while the first request runs is a 409. Keys are per tenant (platform calls share one
 * space). Requests rejected as invalid (400) or failing with 5xx are not stored, so they can be
 * retried with the same key.
 *
 * The handler runs inside the transaction that stores the key's record (its own
 * `@Transactional()` joins it), so the record commits with the work or not at all: a retry after
 * a crash replays the response or finds nothing done. A refusal worth replaying (a 409, a 422)
 * is stored after the handler's writes are rolled back to a savepoint.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const key = req.header(IDEMPOTENCY_HEADER);
    if (req.method !== 'POST' || key === undefined || !req.principal) return next.handle();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new AppError(
        'validation_failed',
        'Idempotency-Key must be 1-255 printable ASCII characters, e.g. a UUID.',
        [{ field: 'Idempotency-Key', message: 'is not a valid key' }],
      );
    }
    const request = {
      tenantId: req.principal.tenantId ?? NO_TENANT,
      key,
      hash: createHash('sha256')
        .update(`${req.method} ${req.originalUrl}\n${canonical(req.body ?? null)}`)
        .digest('hex'),
      method: req.method,
      path: req.originalUrl.split('?')[0],
    };
    const status: number =
      Reflect.getMetadata(HTTP_CODE_METADATA, ctx.getHandler()) ?? HttpStatus.CREATED;

    const settle = (outcome: { body: unknown } | { error: unknown }): StoredResponse | null => {
      if ('body' in outcome) {
        const headers: Record<string, string> = {};
        for (const h of REPLAYED_HEADERS) {
          const v = res.getHeader(h);
          if (v !== undefined) headers[h] = String(v);
        }
        return { status, body: outcome.body, headers };
      }
      const app = toAppError(outcome.error);
      const keep =
        app.status >= 400 &&
        app.status < 500 &&
        app.code !== 'validation_failed' &&
        app.code !== 'malformed_json';
      if (!keep) return null;
      const body = {
        __problem: true,
        code: app.code,
        detail: app.detail,
        errors: app.errors,
        typeSuffix: app.typeSuffix,
      };
      return { status: app.status, body, headers: {} };
    };

    // `next.handle()` is called inside the transaction: the handler runs in its context.
    return from(
      this.store.run(
        request,
        () => lastValueFrom(next.handle(), { defaultValue: undefined }),
        settle,
      ),
    ).pipe(
      map((result) => {
        if ('body' in result) return result.body;
        const { claim } = result;
        switch (claim.kind) {
          case 'mismatch':
            throw new AppError(
              'idempotency_key_reused',
              'This Idempotency-Key was used with another request (method, path or body). Use a new key for a new request.',
            );
          case 'in_flight':
            throw new AppError(
              'idempotency_in_flight',
              'A request with this Idempotency-Key is still being processed. Retry in a moment to get its result.',
              undefined,
              undefined,
              { 'Retry-After': '1' },
            );
          case 'replay':
            throw new IdempotentReplay(claim.status, claim.body, claim.headers);
        }
      }),
    );
  }
}
