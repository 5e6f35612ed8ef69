/**
 * A typed client for the Helpdesk API: `openapi-fetch` over the types `openapi-typescript`
 * generates from openapi.yaml (`./schema.ts`, rewritten by `npm run generate`).
 *
 *   const api = createHelpdeskClient({ baseUrl: 'https://helpdesk.example.com', token: key });
 *   const { data, error } = await api.GET('/v1/tickets/{id}', { params: { path: { id } } });
 *
 * Every call resolves to `{ data, error, response }`: `data` is typed by the operation's 2xx
 * answers, `error` by its other answers (RFC 9457 problems, see `isProblem`).
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type * from './schema.js';

/** An RFC 9457 problem (`application/problem+json`), as every error answer is. */
export type Problem = components['schemas']['ProblemModel'];

export type HelpdeskClient = Client<paths>;

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  waitSeconds: number;
  method: string;
  url: string;
}

export interface HelpdeskClientOptions {
  /** Where the API is, e.g. `https://helpdesk.example.com` (no `/v1`). */
  baseUrl: string;
  /** An API key (`hdk_…`), an agent access token or a portal token. */
  token: string;
  /** Retries of a 429 answer, each after its `Retry-After` (default 3; 0 turns retrying off). */
  maxRetries?: number;
  /** A longer `Retry-After` than this (seconds, default 60) is returned to you instead. */
  maxWaitSeconds?: number;
  /** Told before each wait, e.g. to log it. */
  onRetry?: (info: RetryInfo) => void;
  /** Another fetch (tests, proxies); `globalThis.fetch` by default. */
  fetch?: (request: Request) => Promise<Response>;
}

export function createHelpdeskClient(options: HelpdeskClientOptions): HelpdeskClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { Authorization: `Bearer ${options.token}` },
    // Lists in a query are comma lists (`status=new,open`), as openapi.yaml declares them.
    querySerializer: { array: { style: 'form', explode: false } },
    fetch: retryOn429(options.fetch ?? ((request) => globalThis.fetch(request)), options),
  });
}

/**
 * A fetch that answers 429 Too Many Requests by waiting `Retry-After` seconds and sending the
 * same request again, up to `maxRetries` times. Safe for every method here: a rate-limited
 * request was refused before it did anything.
 */
export function retryOn429(
  send: (request: Request) => Promise<Response>,
  options: Pick<HelpdeskClientOptions, 'maxRetries' | 'maxWaitSeconds' | 'onRetry'> = {},
): (request: Request) => Promise<Response> {
  const maxRetries = options.maxRetries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  return async (request) => {
    for (let attempt = 1; ; attempt++) {
      const response = await send(request.clone());
      if (response.status !== 429 || attempt > maxRetries) return response;
      const waitSeconds = retryAfterSeconds(response.headers.get('Retry-After'));
      if (waitSeconds === undefined || waitSeconds > maxWait) return response;
      await response.body?.cancel();
      options.onRetry?.({ attempt, waitSeconds, method: request.method, url: request.url });
      await new Promise((done) => setTimeout(done, waitSeconds * 1000));
    }
  };
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** True when `error` is an RFC 9457 problem body (every JSON error answer of the API). */
export function isProblem(error: unknown): error is Problem {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    typeof error.type === 'string' &&
    'status' in error &&
    typeof error.status === 'number'
  );
}

/** `ETag` for `If-Match` from a resource's `version`, when you have the body but not the header. */
export const etagOf = (resource: { version: number }): string => `"${resource.version}"`;
