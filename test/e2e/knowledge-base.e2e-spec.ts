import {
  createKey,
  createTenant,
  createTestApp,
  eventually,
  gql,
  TestApp,
  TestTenant,
} from '../factories/app.factory';
import { ClsService } from 'nestjs-cls';
import { OutboxService } from '../../src/common/events/outbox.service';

describe('knowledge base', () => {
  let t: TestApp;
  let tenant: TestTenant;
  const ids: Record<string, string> = {};

  const ARTICLES: Record<
    string,
    { title: string; body: string; locale: string; visibility?: string; publish?: boolean }
  > = {
    enReset: {
      title: 'How to reset your password',
      body: 'If you forgot your password, click "Forgot password" on the sign-in page and follow the email we send you.',
      locale: 'en',
    },
    enInvoices: {
      title: 'Downloading invoices',
      body: 'Invoices are available under Billing. Resetting filters shows every invoice you were charged for.',
      locale: 'en',
    },
    itReset: {
      title: 'Come reimpostare la password',
      body: 'Se hai dimenticato la password, clicca su "Password dimenticata" nella pagina di accesso.',
      locale: 'it',
    },
    elPayment: {
      title: 'Πώς να αλλάξετε τον τρόπο πληρωμής',
      body: 'Μπορείτε να αλλάξετε την κάρτα πληρωμής από τις ρυθμίσεις του λογαριασμού σας.',
      locale: 'el',
    },
    viSupport: {
      title: 'Liên hệ bộ phận chăm sóc khách hàng',
      body: 'Bạn có thể liên hệ với chúng tôi qua email hoặc điện thoại để được hỗ trợ khách hàng.',
      locale: 'vi',
    },
    thLogin: {
      title: 'วิธีเข้าสู่ระบบ',
      body: 'หากคุณลืมรหัสผ่าน ให้กดปุ่มลืมรหัสผ่านในหน้าเข้าสู่ระบบ',
      locale: 'th',
    },
    draft: {
      title: 'Unreleased password feature',
      body: 'Secret roadmap about password managers.',
      locale: 'en',
      publish: false,
    },
    internal: {
      title: 'Internal password escalation',
      body: 'Agents only: escalate password issues to tier 2.',
      locale: 'en',
      visibility: 'internal',
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    for (const [k, a] of Object.entries(ARTICLES)) {
      const res = await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({
          title: a.title,
          body: a.body,
          locale: a.locale,
          visibility: a.visibility ?? 'public',
        })
        .expect(201);
      expect(res.body.status).toBe('draft');
      ids[k] = res.body.id;
      if (a.publish !== false)
        await t.http().post(`/v1/kb/articles/${res.body.id}/publish`).set(tenant.auth).expect(200);
    }
  });
  afterAll(() => t.close());

  const search = async (q: string, extra = '', auth = tenant.auth) => {
    const res = await t
      .http()
      .get(`/v1/kb/search?q=${encodeURIComponent(q)}${extra}`)
      .set(auth)
      .expect(200);
    return res.body.data as { id: string; snippet: string; score: number; title: string }[];
  };
  const publicSearch = async (q: string, extra = '', slug = tenant.slug) => {
    const res = await t
      .http()
      .get(`/v1/public/${slug}/kb/search?q=${encodeURIComponent(q)}${extra}`)
      .expect(200);
    return res.body.data as { id: string; snippet: string }[];
  };

  describe('search in every language', () => {
    it('English, with stemming, ranked, with a highlighted snippet', async () => {
      const hits = await search('forgot passwords');
      expect(hits[0].id).toBe(ids.enReset);
      expect(hits[0].snippet).toMatch(/<mark>[Ff]orgot<\/mark>/);
      expect(hits[0].snippet).toMatch(/<mark>password<\/mark>/);
      // Title matches rank above body matches: "reset" is in one title and one body.
      const reset = await search('reset');
      expect(reset.map((h) => h.id).slice(0, 2)).toEqual([ids.enReset, ids.enInvoices]);
      expect(reset[0].score).toBeGreaterThan(reset[1].score);
    });

    it('Italian with and without accents, stemmed', async () => {
      expect((await search('password dimenticate', '&locale=it')).map((h) => h.id)).toEqual([
        ids.itReset,
      ]);
      expect((await search('pagina di accesso')).map((h) => h.id)).toContain(ids.itReset);
    });

    it('Greek, accents optional', async () => {
      expect((await search('κάρτα πληρωμής')).map((h) => h.id)).toEqual([ids.elPayment]);
      expect((await search('καρτα πληρωμης')).map((h) => h.id)).toEqual([ids.elPayment]);
    });

    it('Vietnamese with and without diacritics', async () => {
      expect((await search('khách hàng')).map((h) => h.id)).toEqual([ids.viSupport]);
      expect((await search('khach hang')).map((h) => h.id)).toEqual([ids.viSupport]);
      const [hit] = await search('khach hang');
      expect(hit.snippet).toContain('<mark>');
    });

    it('Thai, written without spaces, as a substring', async () => {
      const hits = await search('ลืมรหัสผ่าน');
      expect(hits.map((h) => h.id)).toEqual([ids.thLogin]);
      expect(hits[0].snippet).toContain('<mark>ลืมรหัสผ่าน</mark>');
      expect((await search('เข้าสู่ระบบ')).map((h) => h.id)).toEqual([ids.thLogin]);
    });

    it('locale narrows without breaking ranking', async () => {
      const en = await search('password', '&locale=en');
      expect(en.map((h) => h.id)).not.toContain(ids.itReset);
      expect(en[0].id).toBe(ids.enReset);
      const it = await search('password', '&locale=it');
      expect(it.map((h) => h.id)).toEqual([ids.itReset]);
    });

    it('validates input', async () => {
      await t.http().get('/v1/kb/search').set(tenant.auth).expect(400);
      await t.http().get('/v1/kb/search?q=x&limit=500').set(tenant.auth).expect(400);
      expect(await search('zzzqqq')).toEqual([]);
    });
  });

  describe('public help center', () => {
    it('never shows drafts or internal articles, in search or by id', async () => {
      const agent = (await search('password')).map((h) => h.id);
      expect(agent).toContain(ids.internal);
      expect(agent).not.toContain(ids.draft);
      const pub = (await publicSearch('password')).map((h) => h.id);
      expect(pub).toContain(ids.enReset);
      expect(pub).not.toContain(ids.internal);
      expect(pub).not.toContain(ids.draft);
      await t.http().get(`/v1/public/${tenant.slug}/kb/articles/${ids.internal}`).expect(404);
      await t.http().get(`/v1/public/${tenant.slug}/kb/articles/${ids.draft}`).expect(404);
      const read = await t
        .http()
        .get(`/v1/public/${tenant.slug}/kb/articles/${ids.enReset}`)
        .expect(200);
      expect(read.body.views).toBe(1);
      await t.http().get(`/v1/public/no-such-tenant/kb/search?q=password`).expect(404);
    });

    it("never shows another tenant's article", async () => {
      const other = await createTenant(t);
      await t.http().get(`/v1/public/${other.slug}/kb/articles/${ids.enReset}`).expect(404);
      expect(await publicSearch('password', '', other.slug)).toEqual([]);
    });

    it('counts votes', async () => {
      // Two readers (another browser): one vote each.
      await t
        .http()
        .post(`/v1/public/${tenant.slug}/kb/articles/${ids.enReset}/votes`)
        .set('User-Agent', 'reader-one')
        .send({ helpful: true })
        .expect(201);
      await t
        .http()
        .post(`/v1/public/${tenant.slug}/kb/articles/${ids.enReset}/votes`)
        .set('User-Agent', 'reader-two')
        .send({ helpful: false })
        .expect(201);
      const res = await t
        .http()
        .post(`/v1/kb/articles/${ids.enReset}/votes`)
        .set(tenant.auth)
        .send({ helpful: true })
        .expect(201);
      expect(res.body).toEqual({ helpful: 2, notHelpful: 1 });
      await t
        .http()
        .post(`/v1/public/${tenant.slug}/kb/articles/${ids.internal}/votes`)
        .send({ helpful: true })
        .expect(404);
      await t
        .http()
        .post(`/v1/kb/articles/${ids.enReset}/votes`)
        .set(tenant.auth)
        .send({ helpful: 'yes' })
        .expect(400);
      const got = await t.http().get(`/v1/kb/articles/${ids.enReset}`).set(tenant.auth).expect(200);
      expect(got.body.votes).toEqual({ helpful: 2, notHelpful: 1 });
    });
  });

  describe('articles', () => {
    it('keeps every version, and unpublishing hides the article', async () => {
      const a = await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({ title: 'V1 title', body: 'first body', locale: 'en', visibility: 'public' })
        .expect(201);
      await t
        .http()
        .patch(`/v1/kb/articles/${a.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ title: 'V2 title' })
        .expect(200);
      await t
        .http()
        .patch(`/v1/kb/articles/${a.body.id}`)
        .set(tenant.auth)
        .set('If-Match', '"1"')
        .send({ title: 'stale' })
        .expect(412);
      await t.http().post(`/v1/kb/articles/${a.body.id}/publish`).set(tenant.auth).expect(200);
      const versions = await t
        .http()
        .get(`/v1/kb/articles/${a.body.id}/versions`)
        .set(tenant.auth)
        .expect(200);
      expect(
        versions.body.data.map((v: { version: number; title: string; status: string }) => [
          v.version,
          v.title,
          v.status,
        ]),
      ).toEqual([
        [3, 'V2 title', 'published'],
        [2, 'V2 title', 'draft'],
        [1, 'V1 title', 'draft'],
      ]);
      expect((await publicSearch('V2 title')).map((h) => h.id)).toContain(a.body.id);
      await t.http().post(`/v1/kb/articles/${a.body.id}/unpublish`).set(tenant.auth).expect(200);
      expect((await publicSearch('V2 title')).map((h) => h.id)).not.toContain(a.body.id);
    });

    it('groups translations and emits kb.article_published', async () => {
      const tr = await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({
          title: 'Passwort zurücksetzen',
          body: 'Klicken Sie auf Passwort vergessen.',
          locale: 'de',
          visibility: 'public',
          translationOf: ids.enReset,
        })
        .expect(201);
      expect(tr.body.translationOf).toBe(ids.enReset);
      const group = await t
        .http()
        .get(`/v1/kb/articles?translationOf=${ids.enReset}`)
        .set(tenant.auth)
        .expect(200);
      expect(group.body.data.map((a: { id: string }) => a.id).sort()).toEqual(
        [ids.enReset, tr.body.id].sort(),
      );
      await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({
          title: 'x',
          body: 'y',
          locale: 'de',
          visibility: 'public',
          translationOf: '0193a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b',
        })
        .expect(422);
      await t.http().post(`/v1/kb/articles/${tr.body.id}/publish`).set(tenant.auth).expect(200);
      expect((await search('passwörter vergessen', '&locale=de')).map((h) => h.id)).toEqual([
        tr.body.id,
      ]);
      await eventually(async () => {
        const events = await t.app
          .get(ClsService)
          .run(() =>
            t.app.get(OutboxService).readAfter(tenant.id, null, 1000, ['kb.article_published']),
          );
        expect(events.map((e) => e.resourceId)).toContain(tr.body.id);
      });
    });

    it('validates and nests categories', async () => {
      const root = await t
        .http()
        .post('/v1/kb/categories')
        .set(tenant.auth)
        .send({ name: 'Account', position: 1 })
        .expect(201);
      const child = await t
        .http()
        .post('/v1/kb/categories')
        .set(tenant.auth)
        .send({ name: 'Passwords', parentId: root.body.id })
        .expect(201);
      await t
        .http()
        .patch(`/v1/kb/categories/${root.body.id}`)
        .set(tenant.auth)
        .send({ parentId: child.body.id })
        .expect(422);
      await t.http().delete(`/v1/kb/categories/${root.body.id}`).set(tenant.auth).expect(422);
      const kids = await t
        .http()
        .get(`/v1/kb/categories?parentId=${root.body.id}`)
        .set(tenant.auth)
        .expect(200);
      expect(kids.body.data.map((c: { id: string }) => c.id)).toEqual([child.body.id]);
      await t
        .http()
        .patch(`/v1/kb/articles/${ids.enInvoices}`)
        .set(tenant.auth)
        .send({ categoryId: child.body.id })
        .expect(200);
      await t
        .http()
        .post('/v1/kb/articles')
        .set(tenant.auth)
        .send({ title: 'x', body: 'y', locale: 'xx-not-a-locale!!', visibility: 'secret' })
        .expect(400);
    });
  });

  describe('suggested articles', () => {
    it('suggests published articles relevant to the ticket', async () => {
      const c = (
        await t.http().post('/v1/customers').set(tenant.auth).send({ name: 'S' }).expect(201)
      ).body.id;
      const tk = (
        await t
          .http()
          .post('/v1/tickets')
          .set(tenant.auth)
          .send({
            subject: 'I forgot my password',
            description: 'I cannot sign in anymore, please help',
            customerId: c,
          })
          .expect(201)
      ).body.id;
      const res = await t
        .http()
        .get(`/v1/tickets/${tk}/suggested-articles`)
        .set(tenant.auth)
        .expect(200);
      const found = res.body.data.map((h: { id: string }) => h.id);
      expect(found[0]).toBe(ids.enReset);
      expect(found).not.toContain(ids.draft);
      const other = await createTenant(t);
      await t.http().get(`/v1/tickets/${tk}/suggested-articles`).set(other.auth).expect(404);
    });
  });

  describe('isolation, scopes and GraphQL', () => {
    it("tenant B gets 404 on every one of tenant A's articles and categories", async () => {
      const b = await createTenant(t);
      const cat = await t
        .http()
        .post('/v1/kb/categories')
        .set(tenant.auth)
        .send({ name: 'A only' })
        .expect(201);
      for (const path of [
        `/v1/kb/articles/${ids.enReset}`,
        `/v1/kb/articles/${ids.enReset}/versions`,
        `/v1/kb/categories/${cat.body.id}`,
      ])
        await t.http().get(path).set(b.auth).expect(404);
      await t
        .http()
        .patch(`/v1/kb/articles/${ids.enReset}`)
        .set(b.auth)
        .send({ title: 'x' })
        .expect(404);
      await t.http().post(`/v1/kb/articles/${ids.enReset}/publish`).set(b.auth).expect(404);
      await t
        .http()
        .post(`/v1/kb/articles/${ids.enReset}/votes`)
        .set(b.auth)
        .send({ helpful: true })
        .expect(404);
      await t.http().delete(`/v1/kb/articles/${ids.enReset}`).set(b.auth).expect(404);
      await t.http().delete(`/v1/kb/categories/${cat.body.id}`).set(b.auth).expect(404);
      expect(await search('password', '', b.auth)).toEqual([]);
      const g = await gql(t, b.auth, 'query($id: ID!) { article(id: $id) { id } }', {
        id: ids.enReset,
      }).expect(200);
      expect(g.body.errors[0].extensions.code).toBe('NOT_FOUND');
      const gs = await gql(t, b.auth, '{ kbSearch(q: "password") { id } }').expect(200);
      expect(gs.body.data.kbSearch).toEqual([]);
    });

    it('kb:read reads, kb:write writes', async () => {
      const reader = await createKey(t, tenant, ['kb:read']);
      await t.http().get('/v1/kb/search?q=password').set(reader.auth).expect(200);
      await t
        .http()
        .post('/v1/kb/articles')
        .set(reader.auth)
        .send({ title: 'x', body: 'y', locale: 'en', visibility: 'public' })
        .expect(403);
    });

    it('kbSearch, createArticle, publishArticle', async () => {
      const created = await gql(
        t,
        tenant.auth,
        'mutation { createArticle(input: { title: "Exportar datos", body: "Puede exportar sus datos desde la configuración.", locale: "es", visibility: "public" }) { id status } }',
      ).expect(200);
      expect(created.body.errors).toBeUndefined();
      const id = created.body.data.createArticle.id;
      await gql(t, tenant.auth, 'mutation($id: ID!) { publishArticle(id: $id) { status } }', {
        id,
      }).expect(200);
      const res = await gql(
        t,
        tenant.auth,
        '{ kbSearch(q: "exportando configuracion", locale: "es") { id snippet } }',
      ).expect(200);
      expect(res.body.data.kbSearch.map((h: { id: string }) => h.id)).toEqual([id]);
    });

    it('kbSearch refuses what GET /v1/kb/search refuses, naming the argument', async () => {
      const long = 'x'.repeat(201);
      for (const [args, query, field] of [
        ['q: ""', 'q=', 'q'],
        [`q: "${long}"`, `q=${long}`, 'q'],
        ['q: "password", limit: 500', 'q=password&limit=500', 'limit'],
        ['q: "password", limit: 0', 'q=password&limit=0', 'limit'],
        ['q: "password", limit: null', 'q=password&limit=', 'limit'],
        ['q: "password", locale: "not a locale!"', 'q=password&locale=not%20a%20locale!', 'locale'],
      ]) {
        const res = await gql(t, tenant.auth, `{ kbSearch(${args}) { id } }`).expect(200);
        expect(res.body.data).toBeNull();
        expect(res.body.errors[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          errors: expect.arrayContaining([expect.objectContaining({ field })]),
        });
        const rest = await t.http().get(`/v1/kb/search?${query}`).set(tenant.auth).expect(400);
        expect(rest.body.errors).toEqual(
          expect.arrayContaining([expect.objectContaining({ field })]),
        );
      }
    });
  });
});
