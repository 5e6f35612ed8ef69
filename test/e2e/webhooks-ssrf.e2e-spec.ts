import { AddressGuard } from '../../src/modules/webhooks/address-guard';
import {
  createTenant,
  createTestApp,
  eventually,
  TestApp,
  TestTenant,
} from '../factories/app.factory';

/**
 * The SSRF guard with WEBHOOK_ALLOW_PRIVATE unset. The network here is closed, so names are
 * answered by a resolver injected into the AddressGuard (as DNS would answer them).
 */
describe('webhooks: SSRF guard', () => {
  let t: TestApp;
  let tenant: TestTenant;
  const dns: Record<string, string[]> = {
    'hooks.example.com': ['93.184.216.34'],
    'internal.example.com': ['10.1.2.3'],
    'metadata.google.internal': ['169.254.169.254'],
    'rebind.example.com': ['93.184.216.34', '192.168.0.10'],
    'v6.example.com': ['2606:4700:4700::1111'],
    'mapped.example.com': ['::ffff:127.0.0.1'],
    'cgnat.example.com': ['100.64.1.1'],
  };
  beforeAll(async () => {
    t = await createTestApp({
      WEBHOOK_ALLOW_PRIVATE: 'false',
      WEBHOOK_RETRY_SCHEDULE: '1',
      JOBS_ENABLED: 'true', // the delivery worker
    });
    t.app.get(AddressGuard).lookup = async (host) => {
      const answers = dns[host];
      if (!answers)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    tenant = await createTenant(t);
  });
  afterAll(() => t.close());

  const create = (url: string) =>
    t
      .http()
      .post('/v1/webhooks')
      .set(tenant.auth)
      .send({ url, events: ['ticket.created'] });

  it.each([
    ['http://[::ffff:127.0.0.1]/hook', /loopback/],
    ['http://[::ffff:7f00:1]/hook', /loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://localhost/hook', /loopback/],
    ['http://localhost:3000/hook', /loopback/],
    ['http://10.0.0.1/hook', /private/],
    ['http://internal.example.com/hook', /resolves to 10\.1\.2\.3, which is a private address/],
    ['http://metadata.google.internal/computeMetadata/v1/', /169\.254\.169\.254/],
    ['http://rebind.example.com/hook', /192\.168\.0\.10/],
    ['http://mapped.example.com/hook', /loopback/],
    ['http://cgnat.example.com/hook', /carrier-grade NAT/],
    ['http://127.0.0.1:8080/hook', /loopback/],
    ['http://2130706433/hook', /loopback/],
    ['http://0x7f.0.0.1/hook', /loopback/],
    ['http://0.0.0.0/hook', /unspecified/],
    ['http://[::1]/hook', /loopback/],
    ['http://[::]/hook', /unspecified/],
    ['http://172.16.0.1/hook', /private/],
    ['http://192.168.1.1/hook', /private/],
    ['http://100.100.100.200/hook', /carrier-grade NAT/],
    ['http://224.0.0.1/hook', /multicast/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://[fd00:ec2::254]/latest/meta-data/', /metadata/],
    ['http://[fc00::1]/hook', /unique-local/],
    ['http://[ff02::1]/hook', /multicast/],
    ['http://168.63.129.16/machine', /metadata/],
    ['https://nowhere.example.com/hook', /does not resolve/],
  ])('refuses %s with a 422 naming url', async (url, reason) => {
    const res = await create(url).expect(422);
    expect(res.body.errors).toEqual([{ field: 'url', message: expect.stringMatching(reason) }]);
  });

  it.each(['gopher://example.com/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses %s with a 400 naming url',
    async (url) => {
      const res = await create(url).expect(400);
      expect(res.body.errors[0].field).toBe('url');
    },
  );

  it('accepts public hosts, and refuses a PATCH to a private one', async () => {
    const ok = await create('https://hooks.example.com/hook').expect(201);
    await create('http://[2606:4700:4700::1111]/hook').expect(201);
    await create('https://v6.example.com/hook').expect(201);
    const res = await t
      .http()
      .patch(`/v1/webhooks/${ok.body.id}`)
      .set(tenant.auth)
      .send({ url: 'http://internal.example.com/' })
      .expect(422);
    expect(res.body.errors[0].field).toBe('url');
  });

  it('checks again at delivery: a name that now resolves to a private address is not contacted', async () => {
    dns['flip.example.com'] = ['93.184.216.34'];
    const hook = await create('http://flip.example.com/hook').expect(201);
    dns['flip.example.com'] = ['127.0.0.1'];
    const customer = await t
      .http()
      .post('/v1/customers')
      .set(tenant.auth)
      .send({ name: 'C' })
      .expect(201);
    await t
      .http()
      .post('/v1/tickets')
      .set(tenant.auth)
      .send({ subject: 's', description: 'd', customerId: customer.body.id })
      .expect(201);
    const delivery = await eventually(async () => {
      const l = await t
        .http()
        .get(`/v1/webhooks/${hook.body.id}/deliveries`)
        .set(tenant.auth)
        .expect(200);
      expect(l.body.data[0]?.attempts).toBeGreaterThanOrEqual(1);
      return l.body.data[0];
    });
    const detail = await t
      .http()
      .get(`/v1/webhooks/${hook.body.id}/deliveries/${delivery.id}`)
      .set(tenant.auth)
      .expect(200);
    expect(detail.body.attemptLog[0]).toMatchObject({
      responseStatus: null,
      error: 'blocked_address',
      errorMessage: expect.stringContaining('resolves to 127.0.0.1, which is a loopback address'),
    });
  });
});
