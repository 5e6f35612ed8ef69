import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { buildOpenApiDocument } from '../../src/app.setup';
import { createTestApp, TestApp } from '../factories/app.factory';

const ROOT = resolve(__dirname, '../..');
const write = process.env.GENERATE_ARTIFACTS === '1';

/**
 * openapi.yaml, schema.gql and the TypeScript client's types are generated from the code;
 * these fail when they are stale.
 */
describe('generated artifacts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  function check(file: string, generated: string) {
    const path = resolve(ROOT, file);
    if (write) writeFileSync(path, generated);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed !== generated) {
      throw new Error(`${file} is stale: run \`npm run generate\` and commit the result.`);
    }
  }

  it('openapi.yaml matches the code', () => {
    check('openapi.yaml', stringify(buildOpenApiDocument(t.app), { aliasDuplicateObjects: false }));
  });

  it('the TypeScript client matches openapi.yaml', () => {
    const types = execFileSync(process.execPath, [resolve(ROOT, 'scripts/openapi-to-ts.mjs')], {
      input: JSON.stringify(buildOpenApiDocument(t.app)),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    check('clients/typescript/src/schema.ts', types);
  });

  it('schema.gql matches the code', () => {
    check('schema.gql', `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`);
  });

  it('serves the same document at /openapi.json', async () => {
    const res = await t.http().get('/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.paths['/v1/tenants']).toBeDefined();
    await t.http().get('/docs').redirects(1).expect(200);
  });
});
