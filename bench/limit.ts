// The physical limit: node:http + pg doing the least SQL that answers each request (one
// SELECT by primary key, one page of the same index, one INSERT), with no authentication, no
// rate limit, no validation and no framework. `npm run bench` runs it beside the service on the
// same database in the same run: the service's share of it measures the cost of the design
// (auth, rate limits, audit, outbox, workflows), where the same-SQL baseline measures the
// framework's.
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { newId } from '../src/database/ids';
import { bearer, body, send, tenantOf } from './http';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const port = Number(process.env.PORT ?? 3200);

const BY_ID: Record<string, string> = {
  tickets: 'SELECT * FROM tickets WHERE tenant_id = $1 AND id = $2',
  customers: 'SELECT * FROM customers WHERE tenant_id = $1 AND id = $2',
  'kb/articles': 'SELECT * FROM kb_articles WHERE tenant_id = $1 AND id = $2',
};

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const tenantId = tenantOf(bearer(req));

  const one = /^\/v1\/(tickets|customers|kb\/articles)\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (req.method === 'GET' && one) {
    const { rows } = await pool.query(BY_ID[one[1]], [tenantId, one[2]]);
    return send(res, rows[0] ? 200 : 404, rows[0] ?? {});
  }

  // One page of the primary key, newest first, with the list's filters and cursor.
  const list = /^\/v1\/(tickets|customers)$/.exec(url.pathname);
  if (req.method === 'GET' && list) {
    const params: unknown[] = [tenantId];
    let where = '';
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where += ` AND ${sql.replace('?', `$${params.length}`)}`;
    };
    const status = url.searchParams.get('status');
    if (status) add('status = ANY(?::text[])', status.split(','));
    const priority = url.searchParams.get('priority');
    if (priority) add('priority = ?', priority);
    const tag = url.searchParams.get('tag');
    if (tag) add('tags @> ARRAY[?::text]', tag);
    const cursor = url.searchParams.get('cursor');
    if (cursor) {
      const { k } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { k: string[] };
      add('id < ?', k[0]);
    }
    const { rows } = await pool.query(
      `SELECT * FROM ${list[1]} WHERE tenant_id = $1 AND deleted_at IS NULL${where} ORDER BY id DESC LIMIT 26`,
      params,
    );
    return send(res, 200, { data: rows.slice(0, 25), hasMore: rows.length > 25 });
  }

  // One INSERT; the number comes from a sequence, not the tenant's counter row.
  if (req.method === 'POST' && url.pathname === '/v1/tickets') {
    const b = await body(req);
    const { rows } = await pool.query(
      `INSERT INTO tickets (tenant_id, id, number, subject, description, status, priority, channel, tags, customer_id, custom_fields)
       VALUES ($1, $2, nextval('bench_limit_ticket_numbers'), $3, $4, 'new', $5, 'api', $6, $7, '{}') RETURNING *`,
      [
        tenantId,
        newId(),
        b.subject,
        b.description,
        b.priority ?? 'normal',
        b.tags ?? [],
        b.customerId,
      ],
    );
    return send(res, 201, rows[0]);
  }
  send(res, 404, {});
}

async function main(): Promise<void> {
  // Far above any number the service hands out, so the two never collide.
  await pool.query(`CREATE SEQUENCE IF NOT EXISTS bench_limit_ticket_numbers START 1000000000000`);
  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => send(res, 500, { error: String(e) }));
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`limit listening on ${port}\n`));
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

void main();
