import { ClsService } from 'nestjs-cls';
import { OutboxService } from '../../src/common/events/outbox.service';
import { CustomersService } from '../../src/modules/customers/customers.service';
import {
  createKey,
  createTenant,
  createTestApp,
  eventually,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

describe('customers and organizations', () => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  const events = (tenantId: string) =>
    t.app.get(ClsService).run(() => t.app.get(OutboxService).readAfter(tenantId, null, 1000));
  const newCustomer = (body: object, auth = tenant.auth) =>
    t.http().post('/v1/customers').set(auth).send(body);

  describe('customers', () => {
    it('creates a customer and emits customer.created in the same transaction', async () => {
      const res = await newCustomer({
        name: 'Grace Hopper',
        email: 'grace@navy.mil',
        phone: '+1 (555) 010-0199',
        externalId: 'crm-1',
        locale: 'en-US',
        timezone: 'America/New_York',
        tags: ['vip', 'beta'],
        attributes: { plan: 'pro', seats: 12 },
      }).expect(201);
      expect(res.body).toMatchObject({
        name: 'Grace Hopper',
        externalId: 'crm-1',
        tags: ['vip', 'beta'],
        attributes: { plan: 'pro', seats: 12 },
        satisfaction: { csat: null, nps: null, responses: 0, lastScore: null },
        version: 1,
        organizationId: null,
      });
      await eventually(async () => {
        const created = (await events(tenant.id)).find((e) => e.resourceId === res.body.id);
        expect(created).toMatchObject({
          type: 'customer.created',
          resourceType: 'customer',
          actor: { type: 'api_key' },
        });
        expect(created!.data).toMatchObject({
          customer: { id: res.body.id, name: 'Grace Hopper' },
        });
      });
    });

    it('validates input with field errors', async () => {
      const res = await newCustomer({
        name: '',
        email: 'not-an-email',
        phone: 'call me',
        locale: 'not a locale',
        timezone: 'Mars/Olympus',
        tags: 'vip',
        attributes: [1, 2],
      }).expect(400);
      const fields = new Set(res.body.errors.map((e: { field: string }) => e.field));
      expect([...fields].sort()).toEqual([
        'attributes',
        'email',
        'locale',
        'name',
        'phone',
        'tags',
        'timezone',
      ]);
      const big = await newCustomer({
        name: 'Big',
        attributes: { blob: 'x'.repeat(17_000) },
      }).expect(400);
      expect(big.body.errors[0].field).toBe('attributes');
    });

    it('duplicate externalId → 409; another tenant may reuse it', async () => {
      await newCustomer({ name: 'A', externalId: 'dup-1' }).expect(201);
      const res = await newCustomer({ name: 'B', externalId: 'dup-1' }).expect(409);
      expect(res.body.detail).toContain('dup-1');
      const other = await createTenant(t);
      await newCustomer({ name: 'C', externalId: 'dup-1' }, other.auth).expect(201);
    });

    it('GET returns an ETag; PATCH with a stale If-Match → 412; null clears', async () => {
      const c = await newCustomer({
        name: 'Ada',
        email: 'ada@example.com',
        phone: '123456',
      }).expect(201);
      const got = await t.http().get(`/v1/customers/${c.body.id}`).set(tenant.auth).expect(200);
      expect(got.headers.etag).toBe('"1"');
      const patched = await t
        .http()
        .patch(`/v1/customers/${c.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ phone: null, tags: ['x'] })
        .expect(200);
      expect(patched.body).toMatchObject({
        phone: null,
        tags: ['x'],
        version: 2,
        email: 'ada@example.com',
      });
      await t
        .http()
        .patch(`/v1/customers/${c.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ name: 'Late' })
        .expect(412);
      await t
        .http()
        .patch(`/v1/customers/${c.body.id}`)
        .set(tenant.auth)
        .send({ name: null })
        .expect(400);
      await t
        .http()
        .patch(`/v1/customers/${c.body.id}`)
        .set(tenant.auth)
        .send({ organizationId: '0193a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b' })
        .expect(422);
      await eventually(async () => {
        const evs = await events(tenant.id);
        expect(evs.filter((e) => e.resourceId === c.body.id).map((e) => e.type)).toEqual([
          'customer.created',
          'customer.updated',
        ]);
      });
    });

    it('soft-deletes: 404 afterwards, and the externalId is free again', async () => {
      const c = await newCustomer({ name: 'Gone', externalId: 'gone-1' }).expect(201);
      await t
        .http()
        .delete(`/v1/customers/${c.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"7"')
        .expect(412);
      await t.http().delete(`/v1/customers/${c.body.id}`).set(tenant.auth).expect(204);
      await t.http().get(`/v1/customers/${c.body.id}`).set(tenant.auth).expect(404);
      await t.http().delete(`/v1/customers/${c.body.id}`).set(tenant.auth).expect(404);
      await newCustomer({ name: 'Back', externalId: 'gone-1' }).expect(201);
    });

    it('keeps the satisfaction profile current', async () => {
      const c = await newCustomer({ name: 'Happy' }).expect(201);
      const svc = t.app.get(CustomersService);
      for (const [kind, score] of [
        ['csat', 5],
        ['csat', 4],
        ['csat', 2],
        ['nps', 10],
        ['nps', 3],
      ] as const) {
        await svc.recordFeedback(tenant.id, c.body.id, kind, score);
      }
      // A customer changes their CSAT 2 into a 5 (one-click links are re-clickable).
      await svc.recordFeedback(tenant.id, c.body.id, 'csat', 5, 2);
      const got = await t.http().get(`/v1/customers/${c.body.id}`).set(tenant.auth).expect(200);
      expect(got.body.satisfaction).toEqual({ csat: 100, nps: 0, responses: 5, lastScore: 5 });
    });
  });

  describe('upsert by external id', () => {
    it('201 on create, 200 on update, unchanged contacts keep their version', async () => {
      const first = await t
        .http()
        .put('/v1/customers/external/sf-001')
        .set(tenant.auth)
        .send({ name: 'Linus', email: 'linus@example.org' })
        .expect(201);
      expect(first.body).toMatchObject({ externalId: 'sf-001', version: 1 });
      const second = await t
        .http()
        .put('/v1/customers/external/sf-001')
        .set(tenant.auth)
        .send({ name: 'Linus T.', email: 'linus@example.org' })
        .expect(200);
      expect(second.body).toMatchObject({ id: first.body.id, name: 'Linus T.', version: 2 });
      const same = await t
        .http()
        .put('/v1/customers/external/sf-001')
        .set(tenant.auth)
        .send({ name: 'Linus T.' })
        .expect(200);
      expect(same.body).toMatchObject({
        id: first.body.id,
        version: 2,
        email: 'linus@example.org',
      });
      await t
        .http()
        .put('/v1/customers/external/sf-001')
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ name: 'Stale' })
        .expect(412);
      await eventually(async () => {
        const evs = (await events(tenant.id)).filter((e) => e.resourceId === first.body.id);
        expect(evs.map((e) => e.type)).toEqual(['customer.created', 'customer.updated']);
      });
      await t
        .http()
        .put('/v1/customers/external/sf-001')
        .set(tenant.auth)
        .send({ email: 'x@y.z' })
        .expect(400);
    });

    it('is safe when syncs race: exactly one row', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t
            .http()
            .put('/v1/customers/external/race-1')
            .set(tenant.auth)
            .send({ name: 'Racer', tags: [`n${i % 2}`] }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      const list = await t
        .http()
        .get('/v1/customers?externalId=race-1')
        .set(tenant.auth)
        .expect(200);
      expect(list.body.data).toHaveLength(1);
    });
  });

  describe('list filters', () => {
    let ids: Record<string, string>;
    let orgId: string;
    let scoped: TestTenant;
    beforeAll(async () => {
      scoped = await createTenant(t);
      orgId = (
        await t
          .http()
          .post('/v1/organizations')
          .set(scoped.auth)
          .send({ name: 'Café Zürich', domains: ['cafe.ch'] })
          .expect(201)
      ).body.id;
      ids = {};
      for (const [key, body] of Object.entries({
        jose: {
          name: 'José Álvarez',
          email: 'jose@example.es',
          phone: '+34 912 345 678',
          tags: ['vip'],
        },
        nguyen: { name: 'Nguyễn Văn An', email: 'an@example.vn', tags: ['beta'] },
        barista: { name: 'Anna Barista', email: 'anna@cafe.ch', externalId: 'ext-anna' },
        other: { name: 'Other Person', email: 'other@example.com', tags: ['vip', 'beta'] },
      })) {
        ids[key] = (await newCustomer(body, scoped.auth).expect(201)).body.id;
      }
    });

    const find = async (query: string) => {
      const res = await t.http().get(`/v1/customers?${query}`).set(scoped.auth).expect(200);
      return res.body.data.map((c: { id: string }) => c.id).sort();
    };

    it('q: case- and accent-insensitive substring over name, email and phone', async () => {
      expect(await find('q=jose')).toEqual([ids.jose]);
      expect(await find('q=ALVAREZ')).toEqual([ids.jose]);
      expect(await find('q=nguyen%20van')).toEqual([ids.nguyen]);
      expect(await find('q=example.vn')).toEqual([ids.nguyen]);
      expect(await find('q=912345')).toEqual([ids.jose]);
      expect(await find('q=912%20345')).toEqual([ids.jose]);
      expect(await find('q=100%25')).toEqual([]);
      await t.http().get('/v1/customers?q=ab').set(scoped.auth).expect(400);
    });

    it('email, externalId, organizationId, tag, updatedSince', async () => {
      expect(await find('email=JOSE@example.es')).toEqual([ids.jose]);
      expect(await find('externalId=ext-anna')).toEqual([ids.barista]);
      expect(await find(`organizationId=${orgId}`)).toEqual([ids.barista]);
      expect(await find('tag=vip')).toEqual([ids.jose, ids.other].sort());
      expect(await find('tag=beta&q=other')).toEqual([ids.other]);
      const future = new Date(Date.now() + 60_000).toISOString();
      expect(await find(`updatedSince=${future}`)).toEqual([]);
      expect((await find('updatedSince=2020-01-01T00:00:00Z')).length).toBe(4);
      await t.http().get('/v1/customers?updatedSince=yesterday').set(scoped.auth).expect(400);
      await t.http().get('/v1/customers?sort=name').set(scoped.auth).expect(400);
      await t.http().get('/v1/customers?organizationId=nope').set(scoped.auth).expect(400);
    });

    it('a customer created at a known email domain joins the organization', async () => {
      const got = await t.http().get(`/v1/customers/${ids.barista}`).set(scoped.auth).expect(200);
      expect(got.body.organizationId).toBe(orgId);
      const upserted = await t
        .http()
        .put('/v1/customers/external/crm-cafe')
        .set(scoped.auth)
        .send({ name: 'Upserted', email: 'u@CAFE.ch' })
        .expect(201);
      expect(upserted.body.organizationId).toBe(orgId);
      const explicit = await newCustomer(
        { name: 'No org', email: 'n@cafe.ch', organizationId: null },
        scoped.auth,
      ).expect(201);
      expect(explicit.body.organizationId).toBeNull();
    });

    it('pages without gaps or repeats in every sort', async () => {
      for (const sort of ['-createdAt', 'createdAt', 'updatedAt', '-updatedAt']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await t
            .http()
            .get('/v1/customers')
            .query({ sort, limit: 2, ...(cursor ? { cursor } : {}) })
            .set(scoped.auth)
            .expect(200);
          seen.push(...res.body.data.map((c) => c.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(seen.length).toBe(new Set(seen).size);
        expect(seen.length).toBeGreaterThanOrEqual(6);
        if (sort === '-createdAt') expect(seen[seen.length - 1]).toBe(ids.jose);
      }
    });
  });

  describe('timeline', () => {
    it("lists the customer's history newest first, paginated", async () => {
      const c = await newCustomer({ name: 'Timeline' }).expect(201);
      for (let i = 1; i <= 3; i++)
        await t
          .http()
          .patch(`/v1/customers/${c.body.id}`)
          .set(tenant.auth)
          .send({ tags: [`v${i}`] })
          .expect(200);
      const first = await t
        .http()
        .get(`/v1/customers/${c.body.id}/timeline?limit=3`)
        .set(tenant.auth)
        .expect(200);
      expect(first.body.data.map((i: { type: string }) => i.type)).toEqual([
        'customer.updated',
        'customer.updated',
        'customer.updated',
      ]);
      expect(first.body.data[0].data.customer.tags).toEqual(['v3']);
      const second = await t
        .http()
        .get(`/v1/customers/${c.body.id}/timeline?limit=3&cursor=${first.body.nextCursor}`)
        .set(tenant.auth)
        .expect(200);
      expect(second.body.data.map((i: { type: string }) => i.type)).toEqual(['customer.created']);
      expect(second.body.nextCursor).toBeNull();
      await t
        .http()
        .get('/v1/customers/0193a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b/timeline')
        .set(tenant.auth)
        .expect(404);
    });
  });

  describe('organizations', () => {
    it('CRUD with externalId and domains', async () => {
      const org = await t
        .http()
        .post('/v1/organizations')
        .set(tenant.auth)
        .send({ name: 'Initech', externalId: 'org-1', domains: ['Initech.com'] })
        .expect(201);
      expect(org.body).toMatchObject({
        name: 'Initech',
        externalId: 'org-1',
        domains: ['initech.com'],
        version: 1,
      });
      await t
        .http()
        .post('/v1/organizations')
        .set(tenant.auth)
        .send({ name: 'Dup', externalId: 'org-1' })
        .expect(409);
      const taken = await t
        .http()
        .post('/v1/organizations')
        .set(tenant.auth)
        .send({ name: 'Copy', domains: ['initech.com'] })
        .expect(409);
      expect(taken.body.detail).toContain('initech.com');
      await t
        .http()
        .post('/v1/organizations')
        .set(tenant.auth)
        .send({ name: 'Bad', domains: ['not a domain'] })
        .expect(400);

      const byDomain = await t
        .http()
        .get('/v1/organizations?domain=initech.com')
        .set(tenant.auth)
        .expect(200);
      expect(byDomain.body.data.map((o: { id: string }) => o.id)).toEqual([org.body.id]);
      const byExt = await t
        .http()
        .get('/v1/organizations?externalId=org-1')
        .set(tenant.auth)
        .expect(200);
      expect(byExt.body.data).toHaveLength(1);

      const member = await newCustomer({ name: 'Peter', email: 'peter@initech.com' }).expect(201);
      expect(member.body.organizationId).toBe(org.body.id);

      const patched = await t
        .http()
        .patch(`/v1/organizations/${org.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ domains: ['initech.io'] })
        .expect(200);
      expect(patched.body).toMatchObject({ domains: ['initech.io'], version: 2 });
      await t
        .http()
        .patch(`/v1/organizations/${org.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ name: 'x' })
        .expect(412);
      // The old domain is free again.
      await t
        .http()
        .post('/v1/organizations')
        .set(tenant.auth)
        .send({ name: 'New owner', domains: ['initech.com'] })
        .expect(201);

      await t.http().delete(`/v1/organizations/${org.body.id}`).set(tenant.auth).expect(204);
      await t.http().get(`/v1/organizations/${org.body.id}`).set(tenant.auth).expect(404);
      const orphan = await t
        .http()
        .get(`/v1/customers/${member.body.id}`)
        .set(tenant.auth)
        .expect(200);
      expect(orphan.body.organizationId).toBeNull();
    });
  });

  describe('scopes', () => {
    it('customers:read reads, customers:write writes', async () => {
      const reader = await createKey(t, tenant, ['customers:read']);
      await t.http().get('/v1/customers').set(reader.auth).expect(200);
      await t.http().get('/v1/organizations').set(reader.auth).expect(200);
      await t.http().post('/v1/customers').set(reader.auth).send({ name: 'No' }).expect(403);
      await t
        .http()
        .put('/v1/customers/external/x')
        .set(reader.auth)
        .send({ name: 'No' })
        .expect(403);
      const tickets = await createKey(t, tenant, ['tickets:read']);
      await t.http().get('/v1/customers').set(tickets.auth).expect(403);
    });
  });

  describe('GraphQL', () => {
    it('customer, customers (Relay), upsertCustomer and a batched organization', async () => {
      const gt = await createTenant(t);
      const org = await t
        .http()
        .post('/v1/organizations')
        .set(gt.auth)
        .send({ name: 'Globex', domains: ['globex.com'] })
        .expect(201);
      const up = await gql(
        t,
        gt.auth,
        'mutation($input: UpsertCustomerInput!) { upsertCustomer(externalId: "g-1", input: $input) { id externalId organization { name } satisfaction { responses } } }',
        {
          input: { name: 'Hank', email: 'hank@globex.com', attributes: { tier: 'gold' } },
        },
      ).expect(200);
      expect(up.body.errors).toBeUndefined();
      expect(up.body.data.upsertCustomer).toMatchObject({
        externalId: 'g-1',
        organization: { name: 'Globex' },
        satisfaction: { responses: 0 },
      });
      await gql(
        t,
        gt.auth,
        'mutation { upsertCustomer(externalId: "g-2", input: { name: "Homer", email: "homer@globex.com" }) { id } }',
      ).expect(200);

      const list = await gql(
        t,
        gt.auth,
        '{ customers(first: 1, filter: { q: "globex" }) { nodes { name attributes organization { id } } pageInfo { hasNextPage endCursor } } }',
      ).expect(200);
      expect(list.body.errors).toBeUndefined();
      expect(list.body.data.customers.nodes).toHaveLength(1);
      expect(list.body.data.customers.nodes[0].organization.id).toBe(org.body.id);
      expect(list.body.data.customers.pageInfo.hasNextPage).toBe(true);

      const one = await gql(
        t,
        gt.auth,
        'query($id: ID!) { customer(id: $id) { name attributes } }',
        { id: up.body.data.upsertCustomer.id },
      ).expect(200);
      expect(one.body.data.customer).toEqual({ name: 'Hank', attributes: { tier: 'gold' } });

      const invalid = await gql(
        t,
        gt.auth,
        'mutation { upsertCustomer(externalId: "g-3", input: { name: "", email: "bad" }) { id } }',
      ).expect(200);
      expect(invalid.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('tenant isolation', () => {
    it("tenant B gets 404 on every one of tenant A's customers and organizations, REST and GraphQL", async () => {
      const a = await createTenant(t);
      const b = await createTenant(t);
      const org = await t
        .http()
        .post('/v1/organizations')
        .set(a.auth)
        .send({ name: 'A org', externalId: 'a-org', domains: ['a-corp.com'] })
        .expect(201);
      const cust = await newCustomer(
        { name: 'A customer', email: 'x@a-corp.com', externalId: 'a-cust' },
        a.auth,
      ).expect(201);
      expect(cust.body.organizationId).toBe(org.body.id);

      for (const path of [
        `/v1/customers/${cust.body.id}`,
        `/v1/customers/${cust.body.id}/timeline`,
        `/v1/organizations/${org.body.id}`,
      ]) {
        await t.http().get(path).set(b.auth).expect(404);
      }
      await t
        .http()
        .patch(`/v1/customers/${cust.body.id}`)
        .set(b.auth)
        .send({ name: 'stolen' })
        .expect(404);
      await t.http().delete(`/v1/customers/${cust.body.id}`).set(b.auth).expect(404);
      await t
        .http()
        .patch(`/v1/organizations/${org.body.id}`)
        .set(b.auth)
        .send({ name: 'stolen' })
        .expect(404);
      await t.http().delete(`/v1/organizations/${org.body.id}`).set(b.auth).expect(404);
      // B cannot attach A's organization, and A's domain does not pull B's customers into it.
      await newCustomer({ name: 'B', organizationId: org.body.id }, b.auth).expect(422);
      const bCust = await newCustomer({ name: 'B2', email: 'y@a-corp.com' }, b.auth).expect(201);
      expect(bCust.body.organizationId).toBeNull();
      // B's upsert with A's external id creates B's own customer.
      const bUp = await t
        .http()
        .put('/v1/customers/external/a-cust')
        .set(b.auth)
        .send({ name: 'B own' })
        .expect(201);
      expect(bUp.body.id).not.toBe(cust.body.id);
      for (const q of ['', '?externalId=a-cust', '?q=customer', `?organizationId=${org.body.id}`]) {
        const res = await t.http().get(`/v1/customers${q}`).set(b.auth).expect(200);
        expect(res.body.data.map((c: { id: string }) => c.id)).not.toContain(cust.body.id);
      }
      const orgs = await t
        .http()
        .get('/v1/organizations?domain=a-corp.com')
        .set(b.auth)
        .expect(200);
      expect(orgs.body.data).toEqual([]);

      const gq = await gql(t, b.auth, 'query($id: ID!) { customer(id: $id) { id } }', {
        id: cust.body.id,
      }).expect(200);
      expect(gq.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const go = await gql(t, b.auth, 'query($id: ID!) { organization(id: $id) { id } }', {
        id: org.body.id,
      }).expect(200);
      expect(go.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const gl = await gql(t, b.auth, '{ customers(first: 100) { nodes { id } } }').expect(200);
      expect(gl.body.data.customers.nodes.map((c: { id: string }) => c.id)).not.toContain(
        cust.body.id,
      );

      const still = await t.http().get(`/v1/customers/${cust.body.id}`).set(a.auth).expect(200);
      expect(still.body.name).toBe('A customer');
    });
  });
});
