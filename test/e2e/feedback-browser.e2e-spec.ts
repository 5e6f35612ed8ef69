import { launchBrowser } from '../factories/browser';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Browser, Page } from 'puppeteer-core';
import { createTenant, createTestApp, TestApp, TestTenant } from '../factories/app.factory';

const SCREENSHOT = resolve(__dirname, '../screenshots/survey-page-vi.png');

/**
 * The survey page in a real browser (the Chromium inside @sparticuz/chromium, no system
 * package): a customer opens a link, changes the score, leaves a comment; no JavaScript needed,
 * nothing blocked by the Content-Security-Policy.
 */
describe('survey page in a browser', () => {
  let t: TestApp;
  let tenant: TestTenant;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant(t);
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 390, height: 844 });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t.close();
  }, 30_000);

  it('opens a link, shows the Vietnamese thank-you page, changes the score, takes a comment', async () => {
    const customer = await t
      .http()
      .post('/v1/customers')
      .set(tenant.auth)
      .send({ name: 'Nguyễn Thị Lan', email: 'lan@example.vn', locale: 'vi-VN' })
      .expect(201);
    const ticket = await t
      .http()
      .post('/v1/tickets')
      .set(tenant.auth)
      .send({ subject: 'Đơn hàng', description: 'Giao chậm', customerId: customer.body.id })
      .expect(201);
    const survey = await t
      .http()
      .post(`/v1/tickets/${ticket.body.id}/surveys`)
      .set(tenant.auth)
      .send({ kind: 'csat' })
      .expect(201);
    const link = (score: string) => origin + new URL(survey.body.links[score]).pathname;

    const opened = await page.goto(link('4'));
    expect(opened?.status()).toBe(200);
    expect(await page.$eval('html', (e) => e.getAttribute('lang'))).toBe('vi');
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('Cảm ơn bạn đã góp ý');
    expect(await page.$eval('#answer', (e) => e.textContent)).toBe('4 – Hài lòng');
    expect(await page.$eval('label[for=comment]', (e) => e.textContent)).toContain(
      'không bắt buộc',
    );

    await Promise.all([page.waitForNavigation(), page.click('button[name=score][value="2"]')]);
    expect(await page.$eval('#answer', (e) => e.textContent)).toBe('2 – Không hài lòng');
    expect(await page.$eval('button[aria-pressed=true]', (e) => e.getAttribute('value'))).toBe('2');

    await page.type('#comment', 'Giao hàng chậm ba ngày');
    await Promise.all([page.waitForNavigation(), page.click('button.send')]);
    expect(await page.$eval('[role=status]', (e) => e.textContent)).toBe(
      'Cảm ơn bạn, nhận xét của bạn đã được lưu.',
    );
    expect(await page.$eval('#comment', (e) => (e as unknown as { value: string }).value)).toBe(
      'Giao hàng chậm ba ngày',
    );
    if (process.env.GENERATE_ARTIFACTS === '1' || !existsSync(SCREENSHOT))
      await page.screenshot({ path: SCREENSHOT as `${string}.png`, fullPage: true });
    expect(cspViolations).toEqual([]);

    const stored = await t
      .http()
      .get(`/v1/feedback?ticketId=${ticket.body.id}`)
      .set(tenant.auth)
      .expect(200);
    expect(stored.body.data).toEqual([
      expect.objectContaining({
        score: 2,
        negative: true,
        comment: 'Giao hàng chậm ba ngày',
        source: 'survey',
        surveyId: survey.body.id,
        customerId: customer.body.id,
      }),
    ]);
  });
});
