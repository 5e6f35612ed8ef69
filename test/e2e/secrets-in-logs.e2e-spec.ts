import { eventually, PLATFORM_TOKEN } from '../factories/app.factory';
import { call, ChildApp, freePort, startChildApp } from '../factories/child-app';
import { WebhookReceiver } from '../factories/webhook-receiver';
import { createTestDatabase } from '../setup/test-db';

/**
 * The real service at LOG_LEVEL=trace, put through everything that handles a secret (API keys,
 * passwords and access tokens, portal and stream tokens, webhook secrets and their rotation,
 * deliveries, survey links clicked and commented on, refused credentials): none of the secrets
 * appears anywhere in its output.
 */
describe('no secrets in logs', () => {
  it('writes none of the secrets it issues or receives', async () => {
    const db = await createTestDatabase();
    const receiver = await new WebhookReceiver().start();
    let app: ChildApp | undefined;
    const secrets: string[] = [PLATFORM_TOKEN];
    try {
      app = await startChildApp(
        {
          DATABASE_URL: db.url,
          DATABASE_POOL_SIZE: '3',
          LOG_LEVEL: 'trace',
          JOBS_ENABLED: 'true',
          WEBHOOK_ALLOW_PRIVATE: 'true',
          WEBHOOK_RETRY_SCHEDULE: '1',
        },
        await freePort(),
      );
      const url = app.url;
      const tenant = await call(url, 'POST', '/v1/tenants', {
        auth: PLATFORM_TOKEN,
        body: { name: 'Logs', slug: 'logs' },
        headers: { 'Idempotency-Key': 'tenant-logs' },
      });
      const admin = tenant.body.apiKey.key as string;
      secrets.push(admin);

      const key = await call(url, 'POST', '/v1/api-keys', {
        auth: admin,
        body: { name: 'k', scopes: ['tickets:read'] },
        headers: { 'Idempotency-Key': 'key-1' },
      });
      secrets.push(key.body.key);
      await call(url, 'DELETE', `/v1/api-keys/${key.body.id}`, { auth: admin });
      expect((await call(url, 'GET', '/v1/tickets', { auth: key.body.key })).status).toBe(401);

      const password = 'correct horse battery staple';
      secrets.push(password);
      await call(url, 'POST', '/v1/agents', {
        auth: admin,
        body: { name: 'Ada', email: 'ada@example.com', role: 'agent', password },
      });
      const signIn = await call(url, 'POST', '/v1/auth/token', {
        body: { tenant: 'logs', email: 'ada@example.com', password },
      });
      expect(signIn.status).toBe(200);
      secrets.push(signIn.body.accessToken);
      await call(url, 'POST', '/v1/auth/token', {
        body: { tenant: 'logs', email: 'ada@example.com', password: `${password}!` },
      });
      const agentToken = signIn.body.accessToken as string;

      const customer = await call(url, 'POST', '/v1/customers', {
        auth: agentToken,
        body: { name: 'C', email: 'c@example.com' },
      });
      const portal = await call(url, 'POST', '/v1/portal/sessions', {
        auth: admin,
        body: { customerId: customer.body.id },
      });
      secrets.push(portal.body.token);
      await call(url, 'GET', '/v1/portal/tickets', { auth: portal.body.token });

      const stream = await call(url, 'POST', '/v1/events/stream-tokens', { auth: admin });
      secrets.push(stream.body.token);
      const sse = await fetch(`${url}/v1/events/stream?token=${stream.body.token}`, {
        signal: AbortSignal.timeout(500),
      }).catch(() => null);
      await sse?.body?.cancel().catch(() => undefined);

      const hook = await call(url, 'POST', '/v1/webhooks', {
        auth: admin,
        body: { url: receiver.url, events: ['*'] },
        headers: { 'Idempotency-Key': 'hook-1' },
      });
      secrets.push(hook.body.secret);
      const rotated = await call(url, 'POST', `/v1/webhooks/${hook.body.id}/rotate-secret`, {
        auth: admin,
        body: {},
      });
      secrets.push(rotated.body.secret);

      const ticket = await call(url, 'POST', '/v1/tickets', {
        auth: admin,
        body: { subject: 's', description: 'd', customerId: customer.body.id },
      });
      const survey = await call(url, 'POST', `/v1/tickets/${ticket.body.id}/surveys`, {
        auth: admin,
        body: { kind: 'csat' },
      });
      const links = Object.values(survey.body.links as Record<string, string>);
      const tokens = links.map((l) => l.split('/s/')[1]);
      secrets.push(...tokens);
      const clicked = await fetch(links[4]);
      expect(clicked.status).toBe(200);
      await fetch(links[4], {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'comment=great',
      });
      await fetch(`${links[0]}x`); // a forged link

      // Deliveries went out (signed with the secrets) and were logged as attempts.
      await eventually(() => {
        expect(receiver.delivered.length).toBeGreaterThanOrEqual(3);
        return Promise.resolve();
      }, 15_000);
      receiver.respond = () => 500;
      await call(url, 'POST', `/v1/webhooks/${hook.body.id}/test`, { auth: admin });
      await eventually(() => {
        expect(receiver.received.some((r) => r.status === 500)).toBe(true);
        return Promise.resolve();
      }, 15_000);

      await new Promise((r) => setTimeout(r, 300)); // the last log lines
      const out = app.output();
      expect(out.length).toBeGreaterThan(10_000); // it did log: requests at trace level
      for (const secret of secrets) {
        expect(secret.length).toBeGreaterThanOrEqual(16);
        // The secret, and for whsec_ keys their key material alone.
        for (const needle of [secret, secret.replace(/^whsec_/, '')])
          expect({ leaked: out.includes(needle), secret: needle.slice(0, 8) }).toEqual({
            leaked: false,
            secret: needle.slice(0, 8),
          });
      }
    } finally {
      if (app) {
        app.child.kill('SIGTERM');
        await app.exited;
      }
      await receiver.stop();
      await db.drop();
    }
  }, 120_000);
});
