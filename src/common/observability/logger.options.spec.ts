import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS } from './logger.options';

describe('log redaction', () => {
  it('never writes credentials', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ req: { headers: { authorization: 'Bearer hdk_secret', cookie: 'sid=1' } }, body: { password: 'hunter2', token: 't0k' } }, 'x');
    const out = lines.join('');
    expect(out).not.toMatch(/hdk_secret|hunter2|t0k|sid=1/);
    expect(out).toContain('[redacted]');
  });
});
