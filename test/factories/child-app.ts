import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PLATFORM_TOKEN } from './app.factory';

const ROOT = resolve(__dirname, '../..');

export interface ChildApp {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
}

/**
 * The real service (src/main.ts) as a child process on `port`, for tests that must kill it the
 * hard way. Resolves once it listens (and has printed the first start's banner, if any).
 */
export function startChildApp(env: Record<string, string>, port: number): Promise<ChildApp> {
  return new Promise((ok, fail) => {
    let out = '';
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(resolve(ROOT, 'test/setup/swc-register.mjs')).href,
        // Loaded through require() so the .ts hook compiles it (the ESM entry loader would not).
        '-e',
        `require(${JSON.stringify(resolve(ROOT, 'src/main.ts'))})`,
      ],
      {
        cwd: ROOT,
        // A variable given as '' is left out (e.g. DATABASE_URL: '' for the embedded database).
        env: Object.fromEntries(
          Object.entries({
            ...process.env,
            PORT: String(port),
            LOG_LEVEL: 'warn',
            PLATFORM_ADMIN_TOKEN: PLATFORM_TOKEN,
            BOOTSTRAP_DEFAULT_TENANT: 'false',
            RATE_LIMIT_PER_MINUTE: '100000',
            ...env,
          }).filter(([, value]) => value !== ''),
        ),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let settle: NodeJS.Timeout | undefined;
    const ready = () => {
      clearTimeout(settle);
      ok({ child, url: `http://127.0.0.1:${port}`, output: () => out, exited });
    };
    const onData = (d: Buffer) => {
      out += d.toString();
      // A first start prints the new tenant's key after "Listening on": wait for its end.
      if (/Created tenant[\s\S]*\n=+\n/.test(out)) ready();
      else if (/Listening on/.test(out)) settle ??= setTimeout(ready, 500);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => fail(new Error(`the service exited with ${code}:\n${out}`)));
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** One JSON request to a child app (fetch; a network error rejects). */
export async function call(
  base: string,
  method: string,
  path: string,
  opts: {
    auth?: string;
    body?: unknown;
    headers?: Record<string, string>;
    timeoutMs?: number;
  } = {},
): Promise<CallResult> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(opts.auth ? { authorization: `Bearer ${opts.auth}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}
