import { createHash } from 'node:crypto';
import { Client } from 'pg';
import {
  createKey,
  createTenant,
  createTestApp,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('access: API keys, agents, groups, sign-in', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  describe('API keys', () => {
    it('shows the key once and stores only its SHA-256 hash', async () => {
      const created = await createKey(t, tenant, ['tickets:read']);
      const db = new Client({ connectionString: t.databaseUrl });
      await db.connect();
      try {
        const { rows } = await db.query(
          `SELECT encode(key_hash, 'hex') AS h, row_to_json(k)::text AS j FROM api_keys k WHERE id = $1`,
          [created.id],
        );
        expect(rows[0].j).not.toContain(created.key);
        expect(rows[0].h).toBe(createHash('sha256').update(created.key).digest('hex'));
      } finally {
        await db.end();
      }
      const list = await t.http().get('/v1/api-keys').set(tenant.auth).expect(200);
      expect(JSON.stringify(list.body)).not.toContain(created.key);
      const one = list.body.data.find((k: { id: string }) => k.id === created.id);
      expect(one).toMatchObject({
        scopes: ['tickets:read'],
        prefix: created.key.slice(0, 12),
        revokedAt: null,
      });
      expect(one.key).toBeUndefined();
    });

    it('records lastUsedAt', async () => {
      const k = await createKey(t, tenant, ['tickets:read']);
      await t.http().get('/v1/groups').set(k.auth).expect(200);
      await new Promise((r) => setTimeout(r, 100));
      const got = await t.http().get(`/v1/api-keys/${k.id}`).set(tenant.auth).expect(200);
      expect(got.body.lastUsedAt).not.toBeNull();
    });

    it('a revoked key gets 401 from then on', async () => {
      const k = await createKey(t, tenant, ['admin']);
      await t.http().get('/v1/agents').set(k.auth).expect(200);
      await t.http().delete(`/v1/api-keys/${k.id}`).set(tenant.auth).expect(204);
      const res = await t.http().get('/v1/agents').set(k.auth).expect(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      const listed = await t.http().get(`/v1/api-keys/${k.id}`).set(tenant.auth).expect(200);
      expect(listed.body.revokedAt).not.toBeNull();
    });

    it('an expired key gets 401', async () => {
      const k = await createKey(t, tenant, ['admin'], {
        expiresAt: new Date(Date.now() + 1500).toISOString(),
      });
      await t.http().get('/v1/agents').set(k.auth).expect(200);
      await new Promise((r) => setTimeout(r, 1600));
      await t.http().get('/v1/agents').set(k.auth).expect(401);
    });

    it('a key can never create a broader key', async () => {
      const expiring = await createKey(t, tenant, ['admin'], {
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      });
      const res = await t
        .http()
        .post('/v1/api-keys')
        .set(expiring.auth)
        .send({ name: 'forever', scopes: ['tickets:read'] })
        .expect(400);
      expect(res.body.errors[0].field).toBe('expiresAt');
      await t
        .http()
        .post('/v1/api-keys')
        .set(expiring.auth)
        .send({
          name: 'later',
          scopes: ['tickets:read'],
          expiresAt: new Date(Date.now() + 7200_000).toISOString(),
        })
        .expect(400);
      await t
        .http()
        .post('/v1/api-keys')
        .set(expiring.auth)
        .send({
          name: 'ok',
          scopes: ['tickets:read'],
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        })
        .expect(201);
      const narrow = await createKey(t, tenant, ['tickets:read']);
      await t
        .http()
        .post('/v1/api-keys')
        .set(narrow.auth)
        .send({ name: 'x', scopes: ['tickets:read'] })
        .expect(403);
    });

    it('validates scopes', async () => {
      const res = await t
        .http()
        .post('/v1/api-keys')
        .set(tenant.auth)
        .send({ name: 'x', scopes: ['everything'] })
        .expect(400);
      expect(res.body.errors[0].field).toBe('scopes');
      await t
        .http()
        .post('/v1/api-keys')
        .set(tenant.auth)
        .send({ name: 'x', scopes: [] })
        .expect(400);
    });
  });

  describe('authentication and scopes', () => {
    it('no credential → 401, unknown credential → 401, missing scope → 403', async () => {
      const none = await t.http().get('/v1/agents').expect(401);
      expect(none.body.detail).toContain('Authorization: Bearer');
      await t
        .http()
        .get('/v1/agents')
        .set('Authorization', 'Bearer hdk_' + 'x'.repeat(65))
        .expect(401);
      await t
        .http()
        .get('/v1/agents')
        .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig')
        .expect(401);
      await t.http().get('/v1/agents').set('Authorization', 'Basic Zm9vOmJhcg==').expect(401);
      const kb = await createKey(t, tenant, ['kb:read']);
      const res = await t.http().get('/v1/agents').set(kb.auth).expect(403);
      expect(res.body.detail).toContain('tickets:read');
    });

    it('a tampered key of another tenant is 401', async () => {
      const other = await createTenant(t);
      const forged = tenant.key.slice(0, 47) + other.key.slice(47);
      await t.http().get('/v1/agents').set('Authorization', `Bearer ${forged}`).expect(401);
    });
  });

  describe('agents and sign-in', () => {
    const password = 'correct horse battery staple';

    it('signs an agent in and acts with its role', async () => {
      const agent = await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Ada', email: 'ada@example.com', role: 'viewer', password })
        .expect(201);
      expect(agent.body.passwordHash).toBeUndefined();
      const token = await t
        .http()
        .post('/v1/auth/token')
        .send({ tenant: tenant.slug, email: 'ADA@example.com', password })
        .expect(200);
      expect(token.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
      const auth = { Authorization: `Bearer ${token.body.accessToken}` };
      await t.http().get('/v1/agents').set(auth).expect(200);
      await t.http().post('/v1/groups').set(auth).send({ name: 'Nope' }).expect(403);
      const viewer = await gql(t, auth, '{ viewer { kind id tenantId scopes } }').expect(200);
      expect(viewer.body.data.viewer).toMatchObject({
        kind: 'agent',
        id: agent.body.id,
        tenantId: tenant.id,
      });

      // Promote: the same token now acts as admin; deactivate: the token stops working.
      await t
        .http()
        .patch(`/v1/agents/${agent.body.id}`)
        .set(tenant.auth)
        .send({ role: 'admin' })
        .expect(200);
      await t.http().post('/v1/groups').set(auth).send({ name: 'Now allowed' }).expect(201);
      await t
        .http()
        .patch(`/v1/agents/${agent.body.id}`)
        .set(tenant.auth)
        .send({ active: false })
        .expect(200);
      await t.http().get('/v1/agents').set(auth).expect(401);
      await t
        .http()
        .post('/v1/auth/token')
        .send({ tenant: tenant.slug, email: 'ada@example.com', password })
        .expect(401);
    });

    it("a password change ends the agent's access tokens", async () => {
      const agent = await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Pat', email: 'pat@example.com', role: 'agent', password })
        .expect(201);
      const signIn = (pw: string) =>
        t
          .http()
          .post('/v1/auth/token')
          .send({ tenant: tenant.slug, email: 'pat@example.com', password: pw });
      const auth = {
        Authorization: `Bearer ${(await signIn(password).expect(200)).body.accessToken}`,
      };
      await t.http().get('/v1/agents').set(auth).expect(200);
      const next = 'another long passphrase';
      await t
        .http()
        .patch(`/v1/agents/${agent.body.id}`)
        .set(tenant.auth)
        .send({ password: next })
        .expect(200);
      await t.http().get('/v1/agents').set(auth).expect(401);
      await signIn(password).expect(401);
      const fresh = (await signIn(next).expect(200)).body.accessToken;
      await t
        .http()
        .get('/v1/agents')
        .set({ Authorization: `Bearer ${fresh}` })
        .expect(200);
    });

    it('refuses wrong passwords, unknown agents and unknown tenants alike', async () => {
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Bob', email: 'bob@example.com', role: 'agent', password })
        .expect(201);
      for (const body of [
        { tenant: tenant.slug, email: 'bob@example.com', password: 'wrong password!!' },
        { tenant: tenant.slug, email: 'nobody@example.com', password },
        { tenant: 'no-such-tenant', email: 'bob@example.com', password },
      ]) {
        const res = await t.http().post('/v1/auth/token').send(body).expect(401);
        expect(res.body.detail).toBe('Invalid tenant, email or password.');
      }
      await t.http().post('/v1/auth/token').send({ tenant: tenant.slug }).expect(400);
    });

    it('agents CRUD: duplicate email 409, unknown group 422, groups, soft delete', async () => {
      const group = await t
        .http()
        .post('/v1/groups')
        .set(tenant.auth)
        .send({ name: 'Tier 1' })
        .expect(201);
      const agent = await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Cy', email: 'cy@example.com', role: 'agent', groupIds: [group.body.id] })
        .expect(201);
      expect(agent.body.groupIds).toEqual([group.body.id]);
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Cy 2', email: 'CY@example.com', role: 'agent' })
        .expect(409);
      const bad = await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({
          name: 'Dee',
          email: 'dee@example.com',
          role: 'agent',
          groupIds: ['0193a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b'],
        })
        .expect(422);
      expect(bad.body.errors[0].field).toBe('groupIds');
      const filtered = await t
        .http()
        .get('/v1/agents?email=cy@example.com')
        .set(tenant.auth)
        .expect(200);
      expect(filtered.body.data.map((a: { id: string }) => a.id)).toEqual([agent.body.id]);
      const patched = await t
        .http()
        .patch(`/v1/agents/${agent.body.id}`)
        .set(tenant.auth)
        .send({ groupIds: [] })
        .expect(200);
      expect(patched.body.groupIds).toEqual([]);
      await t.http().delete(`/v1/agents/${agent.body.id}`).set(tenant.auth).expect(204);
      await t.http().get(`/v1/agents/${agent.body.id}`).set(tenant.auth).expect(404);
      await t.http().delete(`/v1/agents/${agent.body.id}`).set(tenant.auth).expect(404);
      // The email is free again once the agent is deleted.
      await t
        .http()
        .post('/v1/agents')
        .set(tenant.auth)
        .send({ name: 'Cy again', email: 'cy@example.com', role: 'agent' })
        .expect(201);
      await t.http().post('/v1/groups').set(tenant.auth).send({ name: 'tier 1' }).expect(409);
      await t.http().delete(`/v1/groups/${group.body.id}`).set(tenant.auth).expect(204);
    });
  });

  describe('tenant isolation', () => {
    it("tenant B gets 404 on every one of tenant A's resources", async () => {
      const a = await createTenant(t);
      const b = await createTenant(t);
      const group = await t
        .http()
        .post('/v1/groups')
        .set(a.auth)
        .send({ name: 'A team' })
        .expect(201);
      const agent = await t
        .http()
        .post('/v1/agents')
        .set(a.auth)
        .send({ name: 'A agent', email: 'a@a.io', role: 'agent' })
        .expect(201);
      const key = await createKey(t, a, ['tickets:read']);

      for (const path of [
        `/v1/groups/${group.body.id}`,
        `/v1/agents/${agent.body.id}`,
        `/v1/api-keys/${key.id}`,
      ]) {
        const get = await t.http().get(path).set(b.auth).expect(404);
        expect(JSON.stringify(get.body)).not.toContain('A ');
        await t.http().delete(path).set(b.auth).expect(404);
      }
      await t
        .http()
        .patch(`/v1/groups/${group.body.id}`)
        .set(b.auth)
        .send({ name: 'stolen' })
        .expect(404);
      await t
        .http()
        .patch(`/v1/agents/${agent.body.id}`)
        .set(b.auth)
        .send({ name: 'stolen' })
        .expect(404);
      await t
        .http()
        .post('/v1/agents')
        .set(b.auth)
        .send({ name: 'x', email: 'x@b.io', role: 'agent', groupIds: [group.body.id] })
        .expect(422);

      const lists = await Promise.all(
        ['/v1/groups', '/v1/agents', '/v1/api-keys'].map((p) =>
          t.http().get(p).set(b.auth).expect(200),
        ),
      );
      for (const l of lists)
        expect(JSON.stringify(l.body)).not.toMatch(
          new RegExp(`${group.body.id}|${agent.body.id}|${key.id}`),
        );

      const q = await gql(t, b.auth, 'query($id: ID!) { agent(id: $id) { id name } }', {
        id: agent.body.id,
      }).expect(200);
      expect(q.body.data).toBeNull();
      expect(q.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const g = await gql(t, b.auth, 'query($id: ID!) { group(id: $id) { id } }', {
        id: group.body.id,
      }).expect(200);
      expect(g.body.errors[0].extensions.code).toBe('NOT_FOUND');

      // A's key still works on A's own resources and the resources are untouched.
      const still = await t.http().get(`/v1/groups/${group.body.id}`).set(a.auth).expect(200);
      expect(still.body.name).toBe('A team');
    });
  });
});
