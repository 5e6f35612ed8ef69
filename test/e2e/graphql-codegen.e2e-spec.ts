import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createKey, createTenant, createTestApp, TestApp } from '../factories/app.factory';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const DIR = resolve(ROOT, 'clients/graphql');
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

/**
 * schema.gql works with GraphQL Code Generator (typescript + typescript-operations): the sample
 * operations in clients/graphql validate against it, the generated types compile under
 * `tsc --strict` with the documented scalar mapping, and the typed example runs.
 */
describe('GraphQL Code Generator on schema.gql', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('generates types that compile under --strict, and the typed example runs', async () => {
    // The plugins and configuration an integrator runs with @graphql-codegen/cli.
    const { stdout: written } = await run(process.execPath, [
      resolve(ROOT, 'scripts/graphql-codegen.mjs'),
      DIR,
    ]);
    expect(written.trim().split('\n')).toEqual([
      resolve(DIR, 'generated/schema.ts'),
      resolve(DIR, 'generated/operations.ts'),
    ]);
    const types = readFileSync(resolve(DIR, 'generated/schema.ts'), 'utf8');
    expect(types).toMatch(/DateTime: \{ input: string; output: string; \}/);
    expect(types).toMatch(
      /JSONObject: \{ input: Record<string, unknown>; output: Record<string, unknown>; \}/,
    );
    const operations = readFileSync(resolve(DIR, 'generated/operations.ts'), 'utf8');
    expect(operations).toContain("import type * as Types from './schema.js';");
    expect(operations).toContain('export type OpenTicketsQuery');
    expect(operations).toContain('export type TicketChangesSubscription');

    await run(process.execPath, [TSC, '-p', resolve(DIR, 'tsconfig.json'), '--strict'], {
      cwd: DIR,
    });
    const tenant = await createTenant(t);
    const key = await createKey(t, tenant, ['tickets:read', 'tickets:write']);
    const { stdout } = await run(process.execPath, [resolve(DIR, 'dist/example.js')], {
      cwd: DIR,
      env: { ...process.env, HELPDESK_URL: url, HELPDESK_API_KEY: key.key },
    });
    expect(stdout).toMatch(/^created #1 \(new, high\) at \d{4}-\d\d-\d\dT[\d:.]+Z$/m);
    expect(stdout).toMatch(/^open: #1 Invoice missing from grace@example\.com$/m);
    expect(stdout).toMatch(/^#1 is solved since \d{4}-/m);
  }, 240_000);
});
