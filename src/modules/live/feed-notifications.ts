import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Client } from 'pg';
import { databaseConfig } from '../../config/configuration';

/** The PostgreSQL channel on which a commit that wrote events names its tenant. */
export const EVENTS_CHANNEL = 'helpdesk_events';
const RECONNECT_MS = 1000;

/**
 * LISTEN/NOTIFY between instances: every publishing transaction notifies its tenant (delivered
 * by PostgreSQL at commit, to every listening instance, this one included), and each instance
 * keeps one connection listening while it serves streams. Only a wake-up: the feed also polls,
 * so a lost notification (listener reconnecting) delays events by one poll, never loses them.
 */
@Injectable()
export class FeedNotifications {
  private readonly logger = new Logger(FeedNotifications.name);
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private stopped = false;
  private handler: (tenantId: string | null) => void = () => undefined;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(databaseConfig.KEY) private readonly db: ConfigType<typeof databaseConfig>,
  ) {}

  /** In the publishing transaction: PostgreSQL sends it on commit and drops it on rollback. */
  async notifyInTransaction(tenantId: string): Promise<void> {
    await this.txHost.tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, tenantId]);
  }

  /** Starts listening (once); `onWake(tenantId)`, or `onWake(null)` after a reconnect. */
  listen(onWake: (tenantId: string | null) => void): Promise<void> {
    this.handler = onWake;
    this.connecting ??= this.connect();
    return this.connecting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped || !this.db.listenUrl) return;
    const client = new Client({ connectionString: this.db.listenUrl });
    client.on('notification', (msg) => this.handler(msg.payload ?? null));
    client.on('error', (err) => {
      this.logger.warn({ err }, 'event notification listener failed; reconnecting');
      this.retry(client);
    });
    client.on('end', () => this.retry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.client = client;
      // Whatever was notified while not listening: read every tenant now.
      this.handler(null);
    } catch (err) {
      this.logger.warn({ err }, 'event notification listener could not connect; polling only');
      this.retry(client);
    }
  }

  private retry(client: Client): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    setTimeout(() => {
      if (!this.stopped && !this.client) void this.connect();
    }, RECONNECT_MS).unref();
  }
}
