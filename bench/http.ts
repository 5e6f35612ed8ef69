// What the bench's bare servers (baseline.ts, limit.ts) share: reading a JSON body, answering
// JSON, and the tenant an API key names.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tenantOfApiKey } from '../src/modules/api-keys/api-key.secret';

/** The bearer secret of a request ('' without one). */
export const bearer = (req: IncomingMessage): string =>
  (req.headers.authorization ?? '').replace(/^Bearer /, '');

/** The tenant a request's API key names (parsed, not verified; a nil uuid when malformed). */
export const tenantOf = (key: string): string =>
  tenantOfApiKey(key) ?? '00000000-0000-0000-0000-000000000000';

export function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((ok, fail) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      try {
        ok(data ? (JSON.parse(data) as Record<string, unknown>) : {});
      } catch (e) {
        fail(e);
      }
    });
  });
}

export function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}
