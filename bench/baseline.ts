// The bare baseline: node:http + pg doing the same SQL as the service for each scenario, with
// no framework. `npm run bench` runs it beside the service and reports the ratio.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const port = Number(process.env.PORT ?? 3100);

function tenantOfKey(key: string): string {
  const hex = Buffer.from(key.slice(-22), 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const server = createServer(async (req, res) => {
  try {
    if (req.url === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (req.url?.startsWith('/v1/agents')) {
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const tenantId = tenantOfKey(key);
      const hash = createHash('sha256').update(key).digest();
      const { rows: keys } = await pool.query('SELECT id, scopes, expires_at, revoked_at FROM api_keys WHERE tenant_id = $1 AND key_hash = $2', [tenantId, hash]);
      if (!keys[0] || keys[0].revoked_at) {
        res.writeHead(401).end();
        return;
      }
      await pool.query(
        `INSERT INTO rate_limits AS r (tenant_id, key, window_start, hits) VALUES ($1, $2, date_trunc('minute', now()), 1)
         ON CONFLICT (tenant_id, key) DO UPDATE SET hits = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.hits + 1 ELSE 1 END, window_start = EXCLUDED.window_start
         RETURNING hits`,
        [tenantId, `baseline:${keys[0].id as string}`],
      );
      const { rows } = await pool.query(
        `SELECT id, name, email, role, active, version, created_at, updated_at FROM agents
          WHERE tenant_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 26`,
        [tenantId],
      );
      const page = rows.slice(0, 25);
      const { rows: members } = await pool.query('SELECT agent_id, group_id FROM group_members WHERE tenant_id = $1 AND agent_id = ANY($2::uuid[])', [
        tenantId,
        page.map((r) => r.id),
      ]);
      const data = page.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        role: r.role,
        active: r.active,
        groupIds: members.filter((m) => m.agent_id === r.id).map((m) => m.group_id),
        version: r.version,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data, nextCursor: rows.length > 25 ? 'x' : null }));
      return;
    }
    res.writeHead(404).end();
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});

server.listen(port, '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
