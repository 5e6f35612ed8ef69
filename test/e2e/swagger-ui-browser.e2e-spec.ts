import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { createTestApp, TestApp } from '../factories/app.factory';
import { launchBrowser } from '../factories/browser';

const SCREENSHOT = resolve(__dirname, '../screenshots/swagger-ui.png');

/** The Swagger UI at /docs in a real browser: it loads under its CSP and lists the operations. */
describe('Swagger UI in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    await new Promise<void>((ok) => t.server.listen(0, '127.0.0.1', ok));
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t.close();
  }, 30_000);

  it('renders every tag and operation, with its operationId', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    const { port } = t.server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/docs`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.opblock-tag');
    const tags = await page.$$eval('.opblock-tag', (els) => els.map((e) => e.textContent ?? ''));
    expect(tags.some((tag) => tag.startsWith('Tickets'))).toBe(true);
    // Open the Tickets section: its operations show their operationId (an SDK method name).
    await page.click('.opblock-tag[data-tag="Tickets"]');
    await page.waitForSelector('.opblock-summary-operation-id');
    const ids = await page.$$eval('.opblock-summary-operation-id', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(ids).toEqual(expect.arrayContaining(['listTickets', 'createTicket', 'getTicket']));
    expect(problems).toEqual([]);
    if (process.env.GENERATE_ARTIFACTS === '1' || !existsSync(SCREENSHOT)) {
      await page.screenshot({ path: SCREENSHOT as `${string}.png` });
    }
  }, 60_000);
});
