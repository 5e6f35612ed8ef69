import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

describe('ticket language and search', () => {
  let t: TestApp;
  let tenant: TestTenant;
  const ids: Record<string, string> = {};

  const customer = async (locale?: string, who: TestTenant = tenant) =>
    (
      await t
        .http()
        .post('/v1/customers')
        .set(who.auth)
        .send({ name: 'Cliente', ...(locale ? { locale } : {}) })
        .expect(201)
    ).body.id as string;
  const ticket = async (body: object, who: TestTenant = tenant) =>
    (
      await t
        .http()
        .post('/v1/tickets')
        .set(who.auth)
        .send({ customerId: await customer(undefined, who), ...body })
        .expect(201)
    ).body;
  const search = async (q: string, who: TestTenant = tenant) =>
    (
      await t
        .http()
        .get(`/v1/tickets?limit=100&q=${encodeURIComponent(q)}`)
        .set(who.auth)
        .expect(200)
    ).body.data.map((x: { id: string }) => x.id) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    // One mixed-language tenant: Italian (from the customer's locale), the rest detected.
    ids.it = (
      await t
        .http()
        .post('/v1/tickets')
        .set(tenant.auth)
        .send({
          customerId: await customer('it-IT'),
          subject: 'Pagamento',
          description: 'Il pagamento non è andato a buon fine e il mio ordine è bloccato',
        })
        .expect(201)
    ).body.id;
    ids.el = (
      await ticket({
        subject: 'Παράδοση',
        description: 'Η παραγγελία μου δεν έφτασε ακόμα, περιμένω δύο εβδομάδες',
      })
    ).id;
    ids.en = (
      await ticket({
        subject: 'Invoices',
        description: 'The invoices I exported yesterday are missing several payments',
      })
    ).id;
    ids.vi = (
      await ticket({
        subject: 'Đăng nhập',
        description: 'Khách hàng không thể đăng nhập vào tài khoản của mình từ hôm qua',
      })
    ).id;
    ids.th = (await ticket({ subject: 'เข้าสู่ระบบ', description: 'ลืมรหัสผ่านเข้าสู่ระบบไม่ได้ ช่วยด้วย' })).id;
  });
  afterAll(() => t.close());

  it("knows each ticket's language: from the customer's locale, else detected", async () => {
    const language = async (id: string) =>
      (await t.http().get(`/v1/tickets/${id}`).set(tenant.auth).expect(200)).body.language;
    expect(await language(ids.it)).toBe('it');
    expect(await language(ids.el)).toBe('el');
    expect(await language(ids.en)).toBe('en');
    expect(await language(ids.vi)).toBe('vi');
    expect(await language(ids.th)).toBe('th');
  });

  it('finds inflected forms in Italian, Greek and English', async () => {
    expect(await search('pagamenti')).toEqual([ids.it]);
    expect(await search('ordini')).toEqual([ids.it]);
    expect(await search('παραγγελίες')).toEqual([ids.el]);
    expect(await search('παραγγελιες')).toEqual([ids.el]); // accents optional
    expect(await search('invoice')).toEqual([ids.en]);
    expect(await search('exporting payment')).toEqual([ids.en]);
  });

  it('finds Vietnamese without diacritics and Thai by substring', async () => {
    expect(await search('khach hang')).toEqual([ids.vi]);
    expect(await search('Khách hàng')).toEqual([ids.vi]);
    expect(await search('รหัสผ่าน')).toEqual([ids.th]);
  });

  it('each query finds its own ticket in a mixed-language tenant, nothing else', async () => {
    for (const [q, id] of [
      ['pagamento', ids.it],
      ['παράδοση', ids.el],
      ['invoices', ids.en],
      ['đăng nhập', ids.vi],
    ]) {
      expect(await search(q)).toEqual([id]);
    }
    expect(await search('grapefruit')).toEqual([]);
  });

  it('the language can be given and changed through the API; search follows it', async () => {
    const created = await ticket({
      subject: 'Ordini',
      description: 'Ordini',
      language: 'it-IT',
    });
    expect(created.language).toBe('it');
    expect(await search('ordine')).toContain(created.id);
    const changed = await t
      .http()
      .patch(`/v1/tickets/${created.id}`)
      .set(tenant.auth)
      .send({ language: 'en' })
      .expect(200);
    expect(changed.body.language).toBe('en');
    expect(await search('ordine')).not.toContain(created.id);
    await t
      .http()
      .patch(`/v1/tickets/${created.id}`)
      .set(tenant.auth)
      .send({ language: 'klingon!' })
      .expect(400);
  });

  it("falls back to the tenant's default language for short texts", async () => {
    const fresh = await createTenant(t);
    expect((await ticket({ subject: 'Help', description: 'ok' }, fresh)).language).toBeNull();
    await t
      .http()
      .patch('/v1/tenant/settings/tickets')
      .set(fresh.auth)
      .send({ defaultLanguage: 'it' })
      .expect(200);
    const short = await ticket({ subject: 'Help', description: 'ok' }, fresh);
    expect(short.language).toBe('it');
    await t
      .http()
      .patch('/v1/tenant/settings/tickets')
      .set(fresh.auth)
      .send({ defaultLanguage: 'not a language' })
      .expect(400);
  });

  it("suggests articles in the ticket's language first", async () => {
    const fresh = await createTenant(t);
    const publish = async (title: string, body: string, locale: string) => {
      const a = await t
        .http()
        .post('/v1/kb/articles')
        .set(fresh.auth)
        .send({ title, body, locale, visibility: 'public' })
        .expect(201);
      await t.http().post(`/v1/kb/articles/${a.body.id}/publish`).set(fresh.auth).expect(200);
      return a.body.id as string;
    };
    const en = await publish('Payment failed', 'If a payment failed, retry the payment.', 'en');
    const it = await publish(
      'Pagamento non riuscito',
      'Se il pagamento non è andato a buon fine, riprova il pagamento.',
      'it',
    );
    const tk = await ticket(
      {
        subject: 'Pagamento fallito',
        description: 'Il pagamento non è andato a buon fine, payment failed',
        language: 'it',
      },
      fresh,
    );
    const res = await t
      .http()
      .get(`/v1/tickets/${tk.id}/suggested-articles`)
      .set(fresh.auth)
      .expect(200);
    const suggested = res.body.data.map((a: { id: string }) => a.id);
    expect(suggested[0]).toBe(it);
    expect(suggested).toContain(en);
  });
});
