import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { databaseConfig } from '../../config/configuration';
import { PgListener } from '../../database/pg-listener';

/** The PostgreSQL channel on which a commit that wrote events names its tenant. */
export const EVENTS_CHANNEL = 'helpdesk_events';

/**
 * LISTEN/NOTIFY between instances: every publishing transaction notifies its tenant (delivered
 * by PostgreSQL at commit, to every listening instance, this one included), and each instance
 * keeps one connection listening while it serves streams. Only a wake-up: the feed also polls,
 * so a lost notification (listener reconnecting) delays events by one poll, never loses them.
 */
@Injectable()
export class FeedNotifications {
  private listener: PgListener | null = null;
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
    this.listener ??= new PgListener(this.db.listenUrl, EVENTS_CHANNEL, {
      onNotify: (tenantId) => this.handler(tenantId || null),
      // Whatever was notified while not listening: read every tenant now.
      onListening: () => this.handler(null),
    });
    return this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
  }
}
