import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { ConfigType } from '@nestjs/config';
import type { Request, Response } from 'express';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import type { Principal } from '../../common/auth/principal';
import { DRAINING } from '../../common/http/draining';
import { streamConfig } from '../../config/configuration';
import { AuthService } from '../auth/auth.service';
import { visibleEvent } from './event-visibility';
import { LiveFeed } from './live-feed.service';

/** A client this far behind (unsent bytes) is dropped; it reconnects with its Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1 << 20;
/** How long an EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 2000;
const MAX_TIMER_MS = 2_147_483_647;

interface OpenStream {
  res: Response;
  /** The API key, agent or customer the stream was opened with. */
  credentialId: string;
  end: () => void;
}

/** The Server-Sent Events transport of the live feed. */
@Injectable()
export class EventStreams implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly open = new Set<OpenStream>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly feed: LiveFeed,
    private readonly auth: AuthService,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(streamConfig.KEY) private readonly config: ConfigType<typeof streamConfig>,
    revocations: CredentialRevocations,
  ) {
    // A stream ends when its credential is revoked or changes (role, deactivation, deletion),
    // on every instance, at the change's commit; the client reconnects with its Last-Event-ID
    // and is authenticated again.
    revocations.subscribe({
      revoked: (id, local) => {
        if (local) return; // Not committed yet: the notification follows at commit.
        for (const s of [...this.open]) if (s.credentialId === id) s.end();
      },
    });
  }

  issueToken(p: Principal) {
    return this.auth.issueStreamToken(p, this.config.tokenTtlSeconds);
  }

  /**
   * Streams the tenant's events that `p` may read, after `cursor` (or from now on). Problems
   * found before the stream starts (bad cursor, too many streams) are thrown as usual.
   */
  async stream(
    p: Principal,
    req: Request,
    res: Response,
    opts: { cursor: string | null; types?: string[] },
  ): Promise<void> {
    let stream: OpenStream | null = null;
    const subscription = await this.feed.open({
      tenantId: p.tenantId!,
      credential: `${p.kind}:${p.id}`,
      cursor: opts.cursor,
      types: opts.types,
      onEvent: (e) => {
        const visible = visibleEvent(p, e);
        if (!visible || !stream) return;
        res.write(`id: ${e.cursor}\nevent: ${e.type}\ndata: ${JSON.stringify(visible)}\n\n`);
        if (res.writableLength > MAX_BUFFERED_BYTES) stream.end();
      },
      onEnd: () => stream?.end(),
    });
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies (nginx) must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    res.write(`retry: ${RETRY_MS}\n: connected\n\n`);

    let expiry: NodeJS.Timeout | null = null;
    const s: OpenStream = {
      res,
      credentialId: p.id,
      end: () => {
        if (!this.open.delete(s)) return;
        subscription.close();
        if (expiry) clearTimeout(expiry);
        res.end();
        this.stopHeartbeatWhenIdle();
      },
    };
    stream = s;
    this.open.add(s);
    res.on('close', s.end);
    // The stream lives as long as the credential behind it; the client then signs in again.
    if (p.expiresAt) {
      const ms = Math.min(Math.max(0, p.expiresAt.getTime() - Date.now()), MAX_TIMER_MS);
      expiry = setTimeout(s.end, ms);
    }
    this.startHeartbeat();
    subscription.start();
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    server?.on(DRAINING, () => this.onApplicationShutdown());
  }

  onApplicationShutdown(): void {
    for (const s of [...this.open]) s.end();
  }

  /** One timer for every stream: a comment line keeps proxies and browsers from timing out. */
  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const s of this.open) s.res.write(': heartbeat\n\n');
    }, this.config.heartbeatSeconds * 1000);
    this.heartbeat.unref();
  }

  private stopHeartbeatWhenIdle(): void {
    if (this.open.size > 0 || !this.heartbeat) return;
    clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
