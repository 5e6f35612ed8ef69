import type { OpenAPIObject } from '@nestjs/swagger';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { buildOpenApiDocument } from '../../src/app.setup';
import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

type Schema = Record<string, unknown>;
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete'];

/** What an integrator meets first: the document's quality, and answers to malformed requests. */
describe('integrator experience', () => {
  let t: TestApp;
  let doc: OpenAPIObject;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    doc = buildOpenApiDocument(t.app);
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ at: `${method.toUpperCase()} ${path}`, op })),
    );

  it('names every operation for SDKs, and tags, summarises and describes it', () => {
    const ids = new Set<string>();
    const tags = new Set((doc.tags ?? []).map((tag) => tag.name));
    for (const { at, op } of operations()) {
      // listTickets, createTicket, getTicket…: a verb, then what it acts on.
      expect([at, op.operationId]).toEqual([
        at,
        expect.stringMatching(/^[a-z]+(?:[A-Z][a-z0-9]*)+$/),
      ]);
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      expect([at, op.summary?.length]).toEqual([at, expect.any(Number)]);
      expect([at, op.description?.length]).toEqual([at, expect.any(Number)]);
      expect([at, op.tags?.length]).toEqual([at, 1]);
      expect([at, tags.has(op.tags![0])]).toEqual([at, true]);
    }
    expect(ids.size).toBeGreaterThan(100);
    for (const id of [
      'listTickets',
      'createTicket',
      'getTicket',
      'updateTicket',
      'upsertCustomer',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('declares every error answer as a problem, and the headers answers carry', () => {
    for (const { at, op } of operations()) {
      const responses = op.responses as Record<string, { content?: Schema; headers?: Schema }>;
      expect([at, Object.keys(responses)]).toEqual([at, expect.arrayContaining(['400', '500'])]);
      if (op.security?.length) {
        expect([at, Object.keys(responses)]).toEqual([at, expect.arrayContaining(['401', '403'])]);
      }
      for (const [status, response] of Object.entries(responses)) {
        expect([at, status, response.headers]).toEqual([
          at,
          status,
          expect.objectContaining({ 'x-request-id': expect.anything() }),
        ]);
        // Survey pages answer HTML; a failing health probe answers its health report.
        if (Number(status) >= 400 && !at.includes('/s/') && !at.includes('/health/')) {
          expect([at, status, Object.keys(response.content ?? {})]).toEqual([
            at,
            status,
            ['application/problem+json'],
          ]);
        }
      }
      if (responses['429']) {
        expect([at, responses['429'].headers]).toEqual([
          at,
          expect.objectContaining({ 'Retry-After': expect.anything() }),
        ]);
      }
    }
  });

  it('keeps schemas generator-friendly: typed strings, no empty objects, no defaults on PATCH', () => {
    const findings: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const s = node as Schema;
      if (s.type === 'object' && ('maxLength' in s || 'format' in s || 'pattern' in s)) {
        findings.push(`${path}: a string declared as an object`);
      }
      const composed = ['allOf', 'oneOf', 'anyOf', '$ref'].some((k) => k in s);
      if (
        s.type === 'object' &&
        !s.properties &&
        s.additionalProperties === undefined &&
        !composed
      ) {
        findings.push(`${path}: an object without properties (Record<string, never>)`);
      }
      if (/^Update\w+Input\./.test(path) && 'default' in s) {
        findings.push(`${path}: a default on a PATCH input`);
      }
      for (const [key, child] of Object.entries(s)) walk(child, path ? `${path}.${key}` : key);
    };
    walk(doc.components?.schemas, '');
    expect(findings).toEqual([]);
    const created = doc.components!.schemas!.CreatedApiKeyModel as Schema;
    expect(created.required).toContain('key');
    expect(doc.components!.securitySchemes!.bearer).toMatchObject({ bearerFormat: 'opaque' });
  });

  it('answers If-None-Match with 304 where it documents ETag', async () => {
    const ticket = await t
      .http()
      .post('/v1/tickets')
      .set(tenant.auth)
      .send({ subject: 'Printer', description: 'Jammed', requester: { email: 'a@example.com' } })
      .expect(201);
    expect(ticket.headers.etag).toBe('"1"');
    const res = await t
      .http()
      .get(`/v1/tickets/${ticket.body.id}`)
      .set(tenant.auth)
      .set('If-None-Match', '"1"')
      .expect(304);
    expect(res.headers.etag).toBe('"1"');
    const get = doc.paths['/v1/tickets/{id}'].get!;
    expect(Object.keys(get.responses)).toContain('304');
    await t
      .http()
      .get(`/v1/tickets/${ticket.body.id}`)
      .set(tenant.auth)
      .set('If-None-Match', '"0"')
      .expect(200);
  });

  it('limits the externalId of an upsert path like the one in a body', async () => {
    const res = await t
      .http()
      .put(`/v1/customers/external/${'x'.repeat(256)}`)
      .set(tenant.auth)
      .send({ name: 'Too long' })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'externalId', message: 'must be at most 255 characters' },
    ]);
    await t
      .http()
      .put(`/v1/customers/external/${'x'.repeat(255)}`)
      .set(tenant.auth)
      .send({ name: 'Long enough' })
      .expect(201);
  });

  it('answers a request Node cannot parse (a pasted … in a cursor) with a problem', async () => {
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    const port = (t.server.address() as AddressInfo).port;
    const raw = await new Promise<string>((ok, fail) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(
          Buffer.from(
            `GET /v1/agents?cursor=eyJzIjoi… HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${tenant.key}\r\n\r\n`,
          ),
        ),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => ok(data));
      socket.on('error', fail);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
    expect(JSON.parse(body)).toMatchObject({
      type: '/problems/malformed-request',
      status: 400,
      detail: expect.stringContaining('percent-encode non-ASCII characters'),
      requestId: expect.any(String),
    });
  });
});
