import { launchBrowser } from '../factories/browser';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Browser } from 'puppeteer-core';
import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

/**
 * A console page in a real browser (the Chromium inside @sparticuz/chromium): served from
 * another origin that the tenant allows, it asks for a stream token with fetch (a CORS
 * preflight) and opens an EventSource with it; a ticket created through the API shows up.
 */
describe('live events in a browser', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let api: string;
  let page: Server;
  let pageOrigin: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    api = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
    page = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Console</title><h1>Console</h1>');
    });
    await new Promise<void>((ok) => page.listen(0, '127.0.0.1', ok));
    pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    await t
      .http()
      .patch('/v1/tenant/settings/cors')
      .set(tenant.auth)
      .send({ allowedOrigins: [pageOrigin] })
      .expect(200);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => page?.close(ok));
    await t.close();
  }, 30_000);

  it('opens an EventSource with a stream token and sees a ticket created through the API', async () => {
    const tab = await browser.newPage();
    const consoleErrors: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await tab.goto(pageOrigin);
    const opened = await tab.evaluate(
      async (apiUrl: string, key: string) => {
        const res = await fetch(`${apiUrl}/v1/events/stream-tokens`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'Idempotency-Key': crypto.randomUUID() },
        });
        const { token } = (await res.json()) as { token: string };
        const w = globalThis as unknown as { received: unknown[] };
        w.received = [];
        const source = new EventSource(
          `${apiUrl}/v1/events/stream?types=ticket.created&token=${encodeURIComponent(token)}`,
        );
        source.addEventListener('ticket.created', (e) => {
          const m = e as unknown as { lastEventId: string; data: string };
          w.received.push({ id: m.lastEventId, data: JSON.parse(m.data) });
        });
        await new Promise<void>((ok, fail) => {
          source.onopen = () => ok();
          source.onerror = () => fail(new Error('EventSource failed'));
        });
        return { status: res.status, requestId: res.headers.get('x-request-id') };
      },
      api,
      tenant.key,
    );
    expect(opened.status).toBe(201);
    expect(opened.requestId).toBeTruthy(); // an exposed header

    const ticket = await t
      .http()
      .post('/v1/tickets')
      .set(tenant.auth)
      .send({
        subject: 'Seen in the browser',
        description: 'x',
        requester: { email: 'b@example.com' },
      })
      .expect(201);
    const got = (
      await tab.waitForFunction(
        (id: string) =>
          (
            globalThis as unknown as { received: { data: { data: { ticket: { id: string } } } }[] }
          ).received.find((e) => e.data.data.ticket.id === id),
        { timeout: 10_000 },
        ticket.body.id,
      )
    ).jsonValue() as unknown as Promise<{ id: string; data: { type: string } }>;
    expect((await got).data.type).toBe('ticket.created');
    expect((await got).id).toBeTruthy();
    expect(consoleErrors).toEqual([]);
    await tab.close();
  });
});
