import pino from 'pino';
import { Writable } from 'node:stream';
import { createServer } from 'node:http';
import pinoHttp from 'pino-http';
import { loggerOptions, REDACT_PATHS, redactUrl } from './logger.options';

describe('log redaction', () => {
  it('never writes credentials', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => (lines.push(String(chunk)), done()),
    });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info(
      {
        req: { headers: { authorization: 'Bearer hdk_secret', cookie: 'sid=1' } },
        body: { password: 'hunter2', token: 't0k' },
      },
      'x',
    );
    const out = lines.join('');
    expect(out).not.toMatch(/hdk_secret|hunter2|t0k|sid=1/);
    expect(out).toContain('[redacted]');
  });
});

describe('request logs', () => {
  it('carry the request id and never the credential', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => (lines.push(String(chunk)), done()),
    });
    const opts = loggerOptions('info').pinoHttp as object;
    const middleware = pinoHttp({
      ...opts,
      logger: pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink),
    } as never);
    const server = createServer((req, res) =>
      middleware(req, res, () => {
        (req as unknown as { principal: object }).principal = {
          tenantId: 'tenant-1',
          kind: 'api_key',
          id: 'key-1',
        };
        res.end('ok');
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/v1/x`, {
      headers: { authorization: 'Bearer hdk_topsecret', 'x-request-id': 'req-42' },
    });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    await new Promise<void>((r) => server.close(() => r()));
    const out = lines.join('');
    expect(out).toContain('"id":"req-42"');
    expect(out).toContain('"tenantId":"tenant-1"');
    expect(out).toContain('"credential":"api_key:key-1"');
    expect(out).not.toContain('hdk_topsecret');
  });
});

describe('redactUrl', () => {
  it('hides tokens carried in a URL and keeps the rest', () => {
    expect(redactUrl('/v1/events/stream?types=ticket.created&token=eyJabc.def&x=1')).toBe(
      '/v1/events/stream?types=ticket.created&token=[redacted]&x=1',
    );
    expect(redactUrl('/v1/tickets?access_token=hdk_x')).toBe('/v1/tickets?access_token=[redacted]');
    expect(redactUrl('/v1/tickets?limit=5')).toBe('/v1/tickets?limit=5');
    expect(redactUrl('/s/AQGiFH2zabc?x=1')).toBe('/s/[redacted]?x=1');
    expect(redactUrl('/v1/s/abc')).toBe('/v1/s/abc');
  });
});
