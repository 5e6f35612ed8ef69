/**
 * What a CRM integration does with the typed client, start to finish. Run it against your
 * service (an API key with tickets:read, tickets:write and customers:write):
 *
 *   HELPDESK_URL=http://localhost:3000 HELPDESK_API_KEY=hdk_… npm run example
 *
 * No casts anywhere: every body, parameter and answer is typed from openapi.yaml.
 */
import { randomUUID } from 'node:crypto';
import { createHelpdeskClient, etagOf, type Problem } from './src/index.js';

const baseUrl = process.env.HELPDESK_URL ?? 'http://localhost:3000';
const token = process.env.HELPDESK_API_KEY;
if (!token) {
  console.error('Set HELPDESK_API_KEY to an API key (hdk_…).');
  process.exit(2);
}

let retries = 0;
const api = createHelpdeskClient({
  baseUrl,
  token,
  onRetry: ({ waitSeconds, method, url }) => {
    retries++;
    console.log(`429 on ${method} ${new URL(url).pathname}: retrying after ${waitSeconds} s`);
  },
});

/** Stops the program with the problem the API answered. */
function fail(what: string, problem: Problem): never {
  throw new Error(`${what}: ${problem.status} ${problem.title}: ${problem.detail}`);
}

async function main(): Promise<void> {
  // 1. The first page of open tickets, most recently updated first.
  const page = await api.GET('/v1/tickets', {
    params: { query: { status: ['new', 'open'], sort: '-updatedAt', limit: 10 } },
  });
  if (page.error) fail('list tickets', page.error);
  console.log(`listed ${page.data.data.length} tickets; more: ${page.data.nextCursor !== null}`);

  // 2. Upsert the CRM's contact by its id: 201 created, 200 updated (or unchanged).
  const externalId = `crm-${randomUUID().slice(0, 8)}`;
  const upserted = await api.PUT('/v1/customers/external/{externalId}', {
    params: { path: { externalId } },
    body: { name: 'José Álvarez', email: `${externalId}@example.es`, tags: ['vip'] },
  });
  if (upserted.error) fail('upsert customer', upserted.error);
  const customer = upserted.data;
  console.log(
    `customer ${customer.externalId} ${upserted.response.status === 201 ? 'created' : 'updated'}`,
  );

  // 3. A ticket for them. The Idempotency-Key makes a retry after a timeout safe.
  const created = await api.POST('/v1/tickets', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: {
      subject: 'Cannot log in',
      description: 'The login page says my password is wrong.',
      customerId: customer.id,
      priority: 'high',
      channel: 'email',
    },
  });
  if (created.error) fail('create ticket', created.error);
  const ticket = created.data;
  console.log(
    `ticket #${ticket.number} created, status ${ticket.status}, version ${ticket.version}`,
  );

  // 4. Change it only if nobody else did: If-Match with the ETag (the version) we hold.
  const etag = created.response.headers.get('ETag') ?? etagOf(ticket);
  const patched = await api.PATCH('/v1/tickets/{id}', {
    params: { path: { id: ticket.id }, header: { 'If-Match': etag } },
    body: { status: 'open', priority: 'urgent' },
  });
  if (patched.error) fail('update ticket', patched.error);
  console.log(
    `ticket #${patched.data.number} is ${patched.data.status}/${patched.data.priority}, version ${patched.data.version}`,
  );

  // The same ETag again is stale now: 412, and nothing changes.
  const stale = await api.PATCH('/v1/tickets/{id}', {
    params: { path: { id: ticket.id }, header: { 'If-Match': etag } },
    body: { status: 'pending' },
  });
  if (stale.error) console.log(`stale If-Match: ${stale.error.status} ${stale.error.title}`);

  // 5. A bad request answers a problem whose errors[] names each field.
  const bad = await api.POST('/v1/tickets', {
    body: { subject: '', description: 'No subject', requester: { email: 'not-an-email' } },
  });
  if (bad.error) {
    console.log(`invalid ticket: ${bad.error.status} ${bad.error.title}`);
    for (const e of bad.error.errors ?? []) console.log(`  ${e.field}: ${e.message}`);
  }

  // 6. A burst of reads: a 429 is retried after its Retry-After by the client.
  for (let i = 0; i < 12; i++) {
    const read = await api.GET('/v1/tickets/{id}', { params: { path: { id: ticket.id } } });
    if (read.error) fail('read ticket', read.error);
  }
  console.log(`12 reads done; rate limited ${retries} times`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
