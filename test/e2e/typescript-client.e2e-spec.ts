import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createKey, createTenant, createTestApp, TestApp } from '../factories/app.factory';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const CLIENT = resolve(ROOT, 'clients/typescript');
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * The client we ship (clients/typescript: openapi-typescript types + openapi-fetch) is what an
 * integrator codes against: its example must compile under `tsc --strict` without a cast and
 * do what it says against the running service, 429 retries included.
 */
describe('the shipped TypeScript client', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    // A small budget in short windows: the example meets 429s and waits them out quickly.
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '8', RATE_LIMIT_WINDOW_SECONDS: '2' });
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('has no casts, any or non-null assertions in the example and the client', () => {
    // ESLint enforces it too (eslint.config.mjs, clients/**); this reads the code without comments.
    for (const file of ['example.ts', 'src/index.ts']) {
      const code = readFileSync(resolve(CLIENT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '');
      expect(code).not.toMatch(/\bas [A-Za-z{[(]|\bany\b|<any>|[\w)\]]!\.|[\w)\]]!;/);
    }
  });

  it('compiles under --strict and runs the example against the service', async () => {
    await run(process.execPath, [TSC, '-p', resolve(CLIENT, 'tsconfig.json'), '--strict'], {
      cwd: CLIENT,
    });
    const tenant = await createTenant(t);
    const key = await createKey(t, tenant, ['tickets:read', 'tickets:write', 'customers:write']);
    const { stdout } = await run(process.execPath, [resolve(CLIENT, 'dist/example.js')], {
      cwd: CLIENT,
      env: { ...process.env, HELPDESK_URL: url, HELPDESK_API_KEY: key.key },
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('listed 0 tickets; more: false');
    expect(stdout).toMatch(/^customer crm-[0-9a-f]{8} created$/m);
    expect(stdout).toMatch(/^ticket #1 created, status new, version 1$/m);
    expect(stdout).toMatch(/^ticket #1 is open\/urgent, version 2$/m);
    expect(stdout).toMatch(/^stale If-Match: 412 /m);
    expect(stdout).toMatch(/^invalid ticket: 400 /m);
    expect(stdout).toMatch(/^ {2}subject: /m);
    expect(stdout).toMatch(/^ {2}requester\.email: /m);
    // Each 429 was waited out for its Retry-After (1..2 s in these windows), then retried.
    const waits = [...stdout.matchAll(/^429 on GET \/v1\/tickets\/\S+: retrying after (\d+) s$/gm)];
    expect(waits.length).toBeGreaterThan(0);
    for (const [, seconds] of waits) expect(Number(seconds)).toBeLessThanOrEqual(2);
    expect(lines.at(-1)).toMatch(/^12 reads done; rate limited [1-9]\d* times$/);

    // The stale PATCH changed nothing (after the rate-limit window).
    await new Promise((done) => setTimeout(done, 2100));
    const list = await t.http().get('/v1/tickets').set(key.auth).expect(200);
    expect(list.body.data).toMatchObject([{ number: 1, status: 'open', version: 2 }]);
  }, 240_000);
});
