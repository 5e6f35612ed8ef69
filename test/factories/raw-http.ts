import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface RawRequest {
  method: string;
  /** Already percent-encoded path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The response was a stream (text/event-stream): only its headers were read. */
  streamed: boolean;
}

/**
 * Sends exactly the bytes given (supertest and fetch normalise paths, headers and bodies), to
 * a server listening on loopback. Event streams are cut once their headers arrive.
 */
export class RawHttp {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 8 });
  private port = 0;

  constructor(private readonly server: Server) {}

  async listen(): Promise<void> {
    if (!this.server.listening) {
      await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    }
    this.port = (this.server.address() as AddressInfo).port;
  }

  close(): void {
    this.agent.destroy();
  }

  send(req: RawRequest, timeoutMs = 20000): Promise<RawResponse> {
    return new Promise((ok, fail) => {
      const headers: Record<string, string | number> = { ...req.headers };
      if (req.body) headers['content-length'] = req.body.length;
      const r = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: req.method,
          path: req.path,
          headers,
          agent: this.agent,
          // The path is sent as given: the fuzz sends paths Node would refuse to build.
          insecureHTTPParser: true,
        },
        (res) => {
          const streamed = /text\/event-stream/.test(res.headers['content-type'] ?? '');
          if (streamed) {
            res.destroy();
            ok({ status: res.statusCode ?? 0, headers: res.headers, text: '', streamed });
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            ok({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
              streamed,
            }),
          );
          res.on('error', fail);
        },
      );
      r.setTimeout(timeoutMs, () =>
        r.destroy(new Error(`no answer within ${timeoutMs} ms: ${req.method} ${req.path}`)),
      );
      r.on('error', fail);
      r.end(req.body);
    });
  }
}
