import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AddressGuard, BlockedAddressError, DnsError } from './address-guard';

/** How much of a response body the attempt log keeps. */
export const RESPONSE_EXCERPT_BYTES = 1024;

export interface AttemptResult {
  durationMs: number;
  /** The HTTP status, when a response came back. */
  status: number | null;
  bodyExcerpt: string | null;
  /** Below-HTTP failure: timeout, dns, tls, connection_refused, connection_reset, unreachable, blocked_address, network. */
  error: string | null;
  errorMessage: string | null;
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

class AttemptTimeout extends Error {
  readonly code = 'timeout';
}

/**
 * One POST to a receiver. The host is resolved and checked by the AddressGuard before every
 * attempt and the socket is pinned to that address (a custom `lookup`), redirects are not
 * followed (a 3xx is a failed attempt), and the whole exchange has one deadline.
 */
@Injectable()
export class WebhookSender implements OnApplicationShutdown {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 16 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 16 }),
  };

  constructor(private readonly guard: AddressGuard) {}

  async send(req: WebhookRequest): Promise<AttemptResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return failure(elapsed(), 'network', 'the URL is invalid');
    }
    try {
      const pinned = await this.guard.resolve(url);
      const response = await this.post(url, pinned, req);
      return { durationMs: elapsed(), ...response, error: null, errorMessage: null };
    } catch (e) {
      const [code, message] = classify(e);
      return failure(elapsed(), code, message);
    }
  }

  private post(
    url: URL,
    pinned: { address: string; family: 4 | 6 },
    req: WebhookRequest,
  ): Promise<{ status: number; bodyExcerpt: string }> {
    const lookup: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
          pinned,
        ]);
      } else callback(null, pinned.address, pinned.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: 'POST',
          agent: this.agents[url.protocol as 'http:' | 'https:'],
          lookup,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(req.body),
            'user-agent': 'helpdesk-webhooks/1',
            ...req.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let kept = 0;
          res.on('data', (chunk: Buffer) => {
            if (kept < RESPONSE_EXCERPT_BYTES) {
              chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - kept));
              kept += Math.min(chunk.length, RESPONSE_EXCERPT_BYTES - kept);
            }
          });
          res.on('end', () => {
            clearTimeout(timer);
            resolve({
              status: res.statusCode ?? 0,
              bodyExcerpt: Buffer.concat(chunks)
                .toString('utf8')
                .replace(/\uFFFD+$/, ''),
            });
          });
          res.on('error', reject);
        },
      );
      const timer = setTimeout(
        () =>
          request.destroy(new AttemptTimeout(`no complete response within ${req.timeoutMs} ms`)),
        req.timeoutMs,
      );
      request.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      request.end(req.body);
    });
  }

  /** After the worker's `beforeApplicationShutdown` has let the attempts in flight finish. */
  onApplicationShutdown(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}

function failure(durationMs: number, error: string, errorMessage: string): AttemptResult {
  return { durationMs, status: null, bodyExcerpt: null, error, errorMessage };
}

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL_)/;

/** A Node network error as the attempt log names it. */
function classify(e: unknown): [string, string] {
  const err = e as { code?: string; message?: string };
  const message = (err.message ?? String(e)).slice(0, 500);
  if (e instanceof BlockedAddressError) return ['blocked_address', message];
  if (e instanceof DnsError) return ['dns', message];
  if (e instanceof AttemptTimeout || err.code === 'ETIMEDOUT') return ['timeout', message];
  switch (err.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return ['dns', message];
    case 'ECONNREFUSED':
      return ['connection_refused', message];
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return ['connection_reset', message];
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return ['unreachable', message];
  }
  if (err.code && TLS_CODES.test(err.code)) return ['tls', message];
  return ['network', message];
}
