import { assertTenantScoped } from './tenant-sql';

describe('assertTenantScoped', () => {
  it.each([
    'SELECT id FROM tickets WHERE tenant_id = $1 AND id = $2',
    'UPDATE tickets t SET x = 1 WHERE t.tenant_id=$1',
    'INSERT INTO events (tenant_id, id) VALUES ($1, $2), ($1, $3)',
    'INSERT INTO group_members (tenant_id, group_id) SELECT $1, g FROM unnest($2::uuid[]) AS g',
    'INSERT INTO idempotency_keys AS i (tenant_id, key) VALUES ($1, $2)',
    'WITH c AS (INSERT INTO ticket_comments (tenant_id, id) VALUES ($1, $2) RETURNING *) SELECT * FROM c',
  ])('accepts %s', (sql) => expect(() => assertTenantScoped(sql)).not.toThrow());

  it.each([
    'SELECT id FROM tickets WHERE id = $1',
    'SELECT id FROM tickets WHERE tenant_id = $10',
    'SELECT id FROM tickets WHERE tenant_id = $2',
    'INSERT INTO events (id, tenant_id) VALUES ($2, $1)',
    'DELETE FROM tickets',
  ])('refuses %s', (sql) => expect(() => assertTenantScoped(sql)).toThrow(/tenant_id = \$1/));
});
