import type { AddressInfo } from 'node:net';
import { gracefulShutdown } from '../../src/bootstrap';
import { AgentsService } from '../../src/modules/agents/agents.service';
import { createTenant, createTestApp, TestApp } from '../factories/app.factory';

describe('graceful shutdown', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => {
    await t.close().catch(() => undefined);
  });

  it('finishes in-flight requests, then refuses new ones', async () => {
    const tenant = await createTenant(t);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/v1/agents`;

    const original = AgentsService.prototype.list;
    const spy = jest.spyOn(AgentsService.prototype, 'list').mockImplementation(async function (
      this: AgentsService,
      ...args
    ) {
      await new Promise((r) => setTimeout(r, 500));
      return original.apply(this, args);
    });
    let afterRan = false;
    try {
      const inFlight = fetch(url, { headers: tenant.auth });
      await new Promise((r) => setTimeout(r, 100));
      const shutdown = gracefulShutdown(
        t.app,
        5000,
        async () => void (afterRan = true),
        () => undefined,
      )();
      await new Promise((r) => setTimeout(r, 50));
      await expect(fetch(url, { headers: tenant.auth })).rejects.toThrow();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown[] }).data).toEqual([]);
      await shutdown;
      expect(afterRan).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
