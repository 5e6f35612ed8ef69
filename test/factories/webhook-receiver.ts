import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; createdAt: string; tenantId: string; data: any };
  at: number;
  /** The status the receiver answered. */
  status: number;
}

/** What the receiver answers a request with: a status, optionally after a delay. */
export type Responder = (req: Received, n: number) => number | Promise<number>;

/**
 * A webhook receiver on 127.0.0.1 (node:http), recording every request and the status it
 * answered. `respond` decides the status (200 by default).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  respond: Responder = () => 200;
  private server!: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Requests answered with a 2xx. */
  get delivered(): Received[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const r: Received = {
          headers: req.headers,
          body,
          json: JSON.parse(body),
          at: Date.now(),
          status: 0,
        };
        void Promise.resolve(this.respond(r, this.received.length)).then((status) => {
          r.status = status;
          this.received.push(r);
          res.writeHead(status, { 'content-type': 'text/plain' });
          res.end(status >= 300 ? `nope ${status}` : 'ok');
        });
      });
    });
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }

  /** Verifies a request's signature as a receiver would, with the standardwebhooks package. */
  static verify(secret: string, r: Received): unknown {
    return new Webhook(secret).verify(r.body, {
      'webhook-id': r.headers['webhook-id'] as string,
      'webhook-timestamp': r.headers['webhook-timestamp'] as string,
      'webhook-signature': r.headers['webhook-signature'] as string,
    });
  }
}
