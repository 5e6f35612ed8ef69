import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface SseEvent {
  id: string | null;
  event: string;
  data: any;
  receivedAt: number;
}

/** A Server-Sent Events reader over node:http: parses `id:`, `event:`, `data:` blocks. */
export class SseClient {
  readonly events: SseEvent[] = [];
  status = 0;
  headers: IncomingMessage['headers'] = {};
  body = '';
  private req: ClientRequest | null = null;
  private waiters: (() => void)[] = [];
  ended = false;
  heartbeats = 0;

  static async connect(
    server: Server,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<SseClient> {
    const c = new SseClient();
    await c.open(server, path, headers);
    return c;
  }

  private open(server: Server, path: string, headers: Record<string, string>): Promise<void> {
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      this.req = httpRequest(
        { host: '127.0.0.1', port, path, headers: { Accept: 'text/event-stream', ...headers } },
        (res) => {
          this.status = res.statusCode ?? 0;
          this.headers = res.headers;
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk: string) => {
            if (this.status !== 200) {
              this.body += chunk;
              return;
            }
            buffer += chunk;
            let at: number;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              this.parse(buffer.slice(0, at));
              buffer = buffer.slice(at + 2);
            }
          });
          res.on('end', () => {
            this.ended = true;
            this.notify();
          });
          if (this.status !== 200) res.on('end', () => resolve());
          else resolve();
        },
      );
      this.req.on('error', (e) => (this.ended ? undefined : reject(e)));
      this.req.end();
    });
  }

  private parse(block: string): void {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === ': heartbeat') this.heartbeats++;
      if (line.startsWith(':')) continue;
      const [field, ...rest] = line.split(':');
      const value = rest.join(':').replace(/^ /, '');
      if (field === 'id') id = value;
      if (field === 'event') event = value;
      if (field === 'data') data.push(value);
    }
    if (!data.length) return;
    this.events.push({ id, event, data: JSON.parse(data.join('\n')), receivedAt: Date.now() });
    this.notify();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `check(events)` holds (or the stream ends, or `ms` pass). */
  async until(check: (events: SseEvent[]) => boolean, ms = 5000): Promise<SseEvent[]> {
    const deadline = Date.now() + ms;
    while (!check(this.events)) {
      if (this.ended) throw new Error(`stream ended; got ${this.events.map((e) => e.event)}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out; got ${JSON.stringify(this.events.map((e) => e.event))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events;
  }

  close(): void {
    this.ended = true;
    this.req?.destroy();
  }
}
