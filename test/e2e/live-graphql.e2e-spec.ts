import { createClient, Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import {
  createKey,
  createTenant,
  createTestApp,
  eventually,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

/** GraphQL subscriptions over graphql-ws on the live feed. */
describe('live events (GraphQL subscriptions)', () => {
  let t: TestApp;
  let a: TestTenant;
  let b: TestTenant;
  let url: string;
  const clients: Client[] = [];

  const client = (connectionParams: Record<string, unknown>) => {
    const c = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    return c;
  };

  /** Subscribes and collects results until `count` arrived (or fails on error/close). */
  function collect(c: Client, query: string, variables: Record<string, unknown> = {}) {
    const results: any[] = [];
    let failure: unknown = null;
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const dispose = c.subscribe(
      { query, variables },
      {
        next: (v) => results.push(v),
        error: (e) => {
          failure = e;
          started();
        },
        complete: () => undefined,
      },
    );
    c.on('connected', () => setTimeout(started, 100));
    const until = async (n: number, ms = 5000) => {
      const deadline = Date.now() + ms;
      while (results.length < n) {
        if (failure) throw failure;
        if (Date.now() > deadline) throw new Error(`got ${JSON.stringify(results)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return results;
    };
    return { results, ready, until, dispose, failure: () => failure };
  }

  const createTicket = async (tenant: TestTenant) =>
    (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({ subject: 'Live GQL', description: 'x', requester: { email: 'g@example.com' } })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    url = `ws://127.0.0.1:${(t.server.address() as AddressInfo).port}/graphql`;
    a = await createTenant(t);
    b = await createTenant(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('delivers ticketChanged to an authenticated client, for its own tenant only', async () => {
    const sub = collect(
      client({ authorization: `Bearer ${a.key}` }),
      `subscription ($f: TicketChangedFilter) {
         ticketChanged(filter: $f) { eventId cursor type occurredAt ticket { id number subject customer { email } } }
       }`,
      { f: { types: ['ticket.created'] } },
    );
    await sub.ready;
    const fromB = await createTicket(b);
    const fromA = await createTicket(a);
    const [first] = await sub.until(1);
    expect(first.errors).toBeUndefined();
    expect(first.data.ticketChanged).toMatchObject({
      type: 'ticket.created',
      ticket: { id: fromA, subject: 'Live GQL', customer: { email: 'g@example.com' } },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.results.map((r) => r.data.ticketChanged.ticket.id)).not.toContain(fromB);
    sub.dispose();
  });

  it('delivers commentAdded for one ticket, with a stream token in connection_init', async () => {
    const ticketId = await createTicket(a);
    const other = await createTicket(a);
    const { token } = (await t.http().post('/v1/events/stream-tokens').set(a.auth).expect(201))
      .body;
    const sub = collect(
      client({ token }),
      `subscription ($id: ID!) { commentAdded(ticketId: $id) { ticketId comment { body public } } }`,
      { id: ticketId },
    );
    await sub.ready;
    for (const [id, body] of [
      [other, 'elsewhere'],
      [ticketId, 'hello'],
    ])
      await t.http().post(`/v1/tickets/${id}/comments`).set(a.auth).send({ body }).expect(201);
    const [got] = await sub.until(1);
    expect(got.data.commentAdded).toEqual({ ticketId, comment: { body: 'hello', public: true } });
    sub.dispose();
  });

  it('refuses a connection without a valid credential', async () => {
    for (const params of [{}, { authorization: 'Bearer hdk_nope' }, { token: 'eyJ.bad.token' }]) {
      const sub = collect(client(params), 'subscription { ticketChanged { type } }');
      await sub.ready;
      expect(sub.failure()).toMatchObject({ code: 4403 });
    }
  });

  it('closes a connection (4401) when its credential is revoked', async () => {
    const key = await createKey(t, a, ['tickets:read']);
    const sub = collect(
      client({ authorization: `Bearer ${key.key}` }),
      'subscription { ticketChanged { type } }',
    );
    await sub.ready;
    expect(sub.failure()).toBeNull();
    await t.http().delete(`/v1/api-keys/${key.id}`).set(a.auth).expect(204);
    await eventually(async () => expect(sub.failure()).toMatchObject({ code: 4401 }), 1000);
  });

  it('applies scopes and the depth limit to subscriptions', async () => {
    const kb = (
      await t
        .http()
        .post('/v1/api-keys')
        .set(a.auth)
        .send({ name: 'kb', scopes: ['kb:read'] })
        .expect(201)
    ).body.key;
    const denied = collect(
      client({ authorization: `Bearer ${kb}` }),
      'subscription { ticketChanged { type } }',
    );
    const [refused] = await denied.until(1).catch(() => [denied.failure()]);
    expect(JSON.stringify(refused)).toMatch(/scope/i);

    const deep = collect(
      client({ authorization: `Bearer ${a.key}` }),
      `subscription { ticketChanged { ticket { customer { tickets(first: 5) { nodes { customer { tickets(first: 5) { nodes { customer { id } } } } } } } } } }`,
    );
    await deep.ready;
    expect(JSON.stringify(deep.failure())).toMatch(/depth/i);
  });
});
