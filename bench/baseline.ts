// The bare baseline: node:http + pg doing the same SQL as the service for each scenario, with
// no framework. `npm run bench` runs it beside the service and reports the ratio.
// Statements and mappers the service shares are imported from it, not copied, so the two cannot
// drift; what the ORM builds (inserts, list queries) and the tickets module's SQL are spelled
// out here.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool, PoolClient } from 'pg';
import { bearer, body, send, tenantOf } from './http';
import { UNSPACED_SCRIPT } from '../src/common/text/languages';
import { escapeLike } from '../src/common/text/like';
import { API_KEY_BY_HASH_SQL } from '../src/modules/api-keys/api-keys.repository';
import { customerModel } from '../src/modules/customers/customer.mapper';
import type { CustomerEntity } from '../src/modules/customers/customer.entity';
import {
  ArticleSearchScope,
  CONFIGS_IN_USE_SQL,
  substringSearch,
  wordSearch,
} from '../src/modules/knowledge-base/article-search.sql';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const port = Number(process.env.PORT ?? 3100);

/**
 * What the service does before any handler: the API key looked up, then remembered for 5 s
 * (the service caches verified credentials and counts rate limits in memory, with no statement
 * per request).
 */
const verified = new Map<string, { at: number; auth: { tenantId: string; keyId: string } }>();

async function authenticate(
  req: IncomingMessage,
): Promise<{ tenantId: string; keyId: string } | null> {
  const key = bearer(req);
  const cached = verified.get(key);
  if (cached && Date.now() - cached.at < 5000) return cached.auth;
  const tenantId = tenantOf(key);
  const hash = createHash('sha256').update(key).digest();
  const { rows } = await pool.query(API_KEY_BY_HASH_SQL, [tenantId, hash]);
  if (!rows[0] || rows[0].revoked_at) return null;
  const auth = { tenantId, keyId: rows[0].id as string };
  verified.set(key, { at: Date.now(), auth });
  return auth;
}

async function tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

/** A raw `customers` row (snake_case) as the entity the service maps. */
const customerJson = (r: Record<string, unknown>) =>
  customerModel(
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
        v,
      ]),
    ) as unknown as CustomerEntity,
  );

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/health/live') return send(res, 200, { status: 'ok' });
  const auth = await authenticate(req);
  if (!auth) return send(res, 401, {});
  const { tenantId } = auth;

  if (req.method === 'GET' && url.pathname === '/v1/agents') {
    const { rows } = await pool.query(
      `SELECT id, name, email, role, active, version, created_at, updated_at FROM agents
        WHERE tenant_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 26`,
      [tenantId],
    );
    const page = rows.slice(0, 25);
    const { rows: members } = await pool.query(
      'SELECT agent_id, group_id FROM group_members WHERE tenant_id = $1 AND agent_id = ANY($2::uuid[])',
      [tenantId, page.map((r) => r.id)],
    );
    const data = page.map((r) => ({
      ...r,
      groupIds: members.filter((m) => m.agent_id === r.id).map((m) => m.group_id),
    }));
    return send(res, 200, { data, nextCursor: rows.length > 25 ? 'x' : null });
  }

  if (req.method === 'GET' && url.pathname === '/v1/customers') {
    const q = url.searchParams.get('q');
    const params: unknown[] = [tenantId];
    let where = '';
    if (q) {
      params.push(q.toLowerCase());
      where = ` AND search_text LIKE '%' || lower(immutable_unaccent($2)) || '%'`;
    }
    const { rows } = await pool.query(
      `SELECT * FROM customers WHERE tenant_id = $1 AND deleted_at IS NULL${where} ORDER BY id DESC LIMIT 26`,
      params,
    );
    return send(res, 200, {
      data: rows.slice(0, 25).map(customerJson),
      nextCursor: rows.length > 25 ? 'x' : null,
    });
  }

  if (req.method === 'POST' && url.pathname === '/v1/customers') {
    const b = await body(req);
    const row = await tx(async (c) => {
      const domain = String(b.email ?? '').split('@')[1];
      const { rows: org } = await c.query(
        'SELECT organization_id FROM organization_domains WHERE tenant_id = $1 AND domain = $2',
        [tenantId, domain],
      );
      const { rows } = await c.query(
        `INSERT INTO customers (tenant_id, id, name, email, external_id, organization_id, tags, attributes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          tenantId,
          randomUUID(),
          b.name,
          b.email,
          b.externalId,
          org[0]?.organization_id ?? null,
          b.tags ?? [],
          JSON.stringify(b.attributes ?? {}),
        ],
      );
      await c.query(
        `INSERT INTO events (tenant_id, id, type, resource_type, resource_id, payload) VALUES ($1, $2, 'customer.created', 'customer', $3, $4)`,
        [tenantId, randomUUID(), rows[0].id, JSON.stringify(customerJson(rows[0]))],
      );
      return rows[0];
    });
    return send(res, 201, customerJson(row));
  }

  const upsert = /^\/v1\/customers\/external\/([^/]+)$/.exec(url.pathname);
  if (req.method === 'PUT' && upsert) {
    const b = await body(req);
    const externalId = decodeURIComponent(upsert[1]);
    const row = await tx(async (c) => {
      const { rows: existing } = await c.query(
        'SELECT id FROM customers WHERE tenant_id = $1 AND external_id = $2 AND deleted_at IS NULL',
        [tenantId, externalId],
      );
      const { rows } = await c.query(
        `INSERT INTO customers (tenant_id, id, external_id, name, email) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL
         DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, version = customers.version + 1, updated_at = now()
         WHERE customers.name IS DISTINCT FROM EXCLUDED.name OR customers.email IS DISTINCT FROM EXCLUDED.email
         RETURNING *, (xmax = 0) AS inserted`,
        [tenantId, randomUUID(), externalId, b.name, b.email],
      );
      if (rows[0]) {
        await c.query(
          `INSERT INTO events (tenant_id, id, type, resource_type, resource_id, payload) VALUES ($1, $2, $3, 'customer', $4, $5)`,
          [
            tenantId,
            randomUUID(),
            rows[0].inserted ? 'customer.created' : 'customer.updated',
            rows[0].id,
            JSON.stringify(customerJson(rows[0])),
          ],
        );
      }
      return rows[0] ?? existing[0];
    });
    return send(res, row?.inserted ? 201 : 200, customerJson(row));
  }
  if (req.method === 'POST' && url.pathname === '/v1/tickets') {
    const b = await body(req);
    const row = await tx(async (c) => {
      const { rows: cust } = await c.query(
        'SELECT id FROM customers WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL',
        [tenantId, b.customerId],
      );
      if (!cust[0]) throw new Error('no customer');
      const { rows: n } = await c.query(
        `INSERT INTO ticket_counters (tenant_id, last_number) VALUES ($1, 1)
         ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_counters.last_number + 1 RETURNING last_number`,
        [tenantId],
      );
      const { rows } = await c.query(
        `INSERT INTO tickets (tenant_id, id, number, subject, description, status, priority, channel, tags, customer_id, custom_fields)
         VALUES ($1, $2, $3, $4, $5, 'new', $6, 'api', $7, $8, '{}') RETURNING *`,
        [
          tenantId,
          randomUUID(),
          n[0].last_number,
          b.subject,
          b.description,
          b.priority ?? 'normal',
          b.tags ?? [],
          b.customerId,
        ],
      );
      await c.query(
        `WITH comments AS (
           SELECT coalesce(string_agg(c.body, ' '), '') AS body FROM ticket_comments c WHERE c.tenant_id = $1 AND c.ticket_id = $2
         )
         UPDATE tickets t SET search = setweight(to_tsvector('simple', immutable_unaccent(lower(t.subject))), 'A') ||
                setweight(to_tsvector('simple', immutable_unaccent(lower(t.description))), 'B') ||
                setweight(to_tsvector('simple', immutable_unaccent(lower(comments.body))), 'C'),
                search_text = lower(immutable_unaccent(t.subject || ' ' || t.description || ' ' || comments.body))
           FROM comments WHERE t.tenant_id = $1 AND t.id = $2`,
        [tenantId, rows[0].id],
      );
      const json = JSON.stringify(ticketJson(rows[0]));
      await c.query(
        `INSERT INTO ticket_audits (tenant_id, id, ticket_id, field, before, after, actor_type, actor_id) VALUES ($1, $2, $3, 'ticket', 'null', $4, 'api_key', $5)`,
        [tenantId, randomUUID(), rows[0].id, json, auth.keyId],
      );
      await c.query(
        `INSERT INTO events (tenant_id, id, type, resource_type, resource_id, payload) VALUES ($1, $2, 'ticket.created', 'ticket', $3, $4)`,
        [tenantId, randomUUID(), rows[0].id, `{"ticket":${json}}`],
      );
      return rows[0];
    });
    return send(res, 201, ticketJson(row));
  }

  const article = /^\/v1\/kb\/articles\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (req.method === 'GET' && article) {
    const { rows } = await pool.query(
      'SELECT * FROM kb_articles WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL',
      [tenantId, article[1]],
    );
    return rows[0] ? send(res, 200, rows[0]) : send(res, 404, {});
  }

  if (req.method === 'GET' && url.pathname === '/v1/kb/search') {
    const q = url.searchParams.get('q') ?? '';
    const { rows: cfgs } = await pool.query(CONFIGS_IN_USE_SQL, [tenantId]);
    const configs = [...new Set([...cfgs.map((r) => r.c as string), 'kb_simple'])];
    const scope: ArticleSearchScope = { audience: 'agents', limit: 10 };
    const needle = q.trim();
    const search = UNSPACED_SCRIPT.test(needle)
      ? substringSearch(escapeLike(needle.toLowerCase()), scope)
      : wordSearch(needle, configs, scope);
    const { rows } = await pool.query(search.sql, [tenantId, ...search.params]);
    return send(res, 200, { data: rows, nextCursor: null });
  }

  const one = /^\/v1\/tickets\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (req.method === 'GET' && one) {
    const { rows } = await pool.query(
      'SELECT * FROM tickets WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL',
      [tenantId, one[1]],
    );
    return rows[0] ? send(res, 200, ticketJson(rows[0])) : send(res, 404, {});
  }

  if (req.method === 'GET' && url.pathname === '/v1/tickets') {
    const params: unknown[] = [tenantId];
    let where = '';
    const status = url.searchParams.get('status');
    if (status) {
      params.push(status.split(','));
      where += ` AND status = ANY($${params.length}::text[])`;
    }
    const priority = url.searchParams.get('priority');
    if (priority) {
      params.push(priority);
      where += ` AND priority = $${params.length}`;
    }
    const cursor = url.searchParams.get('cursor');
    if (cursor) {
      params.push(
        (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { k: string[] }).k[0],
      );
      where += ` AND id < $${params.length}`;
    }
    const { rows } = await pool.query(
      `SELECT * FROM tickets WHERE tenant_id = $1 AND deleted_at IS NULL${where} ORDER BY id DESC LIMIT 26`,
      params,
    );
    return send(res, 200, {
      data: rows.slice(0, 25).map(ticketJson),
      nextCursor: rows.length > 25 ? 'x' : null,
    });
  }
  send(res, 404, {});
}

const ticketJson = (r: Record<string, any>) => ({
  id: r.id,
  number: Number(r.number),
  subject: r.subject,
  description: r.description,
  status: r.status,
  priority: r.priority,
  type: r.type,
  channel: r.channel,
  category: r.category,
  tags: r.tags,
  customerId: r.customer_id,
  assigneeId: r.assignee_id,
  groupId: r.group_id,
  customFields: r.custom_fields,
  externalId: r.external_id,
  resolution: r.resolution,
  firstResponseAt: r.first_response_at,
  solvedAt: r.solved_at,
  reopenCount: r.reopen_count,
  sla: {
    policyId: r.sla_policy_id,
    firstResponseDueAt: r.first_response_due_at,
    resolutionDueAt: r.resolution_due_at,
    breached: r.sla_breached,
  },
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const server = createServer((req, res) => {
  route(req, res).catch((e: unknown) => send(res, 500, { error: String(e) }));
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
