import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { databaseConfig } from '../../config/configuration';
import { PgListener } from '../../database/pg-listener';

/** The PostgreSQL channel on which a commit that revoked or changed a credential names it. */
export const CREDENTIALS_CHANNEL = 'helpdesk_credentials';

export interface RevocationListener {
  /**
   * Credential `id` (API key, agent, portal customer) changed. `local`: announced by this
   * instance inside a transaction that has not committed yet.
   */
  revoked(id: string, local: boolean): void;
  /** Notifications may have been missed (the listener reconnected): forget everything. */
  reset?(): void;
}

/**
 * Tells every instance that a credential was revoked or changed, so caches of verified
 * credentials drop it at once: `announce(id)` inside the changing transaction sends a NOTIFY
 * that PostgreSQL delivers at commit (and drops on rollback) to every instance, this one
 * included, each listening on one dedicated connection.
 */
@Injectable()
export class CredentialRevocations implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listeners: RevocationListener[] = [];
  private readonly listener: PgListener;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(databaseConfig.KEY) db: ConfigType<typeof databaseConfig>,
  ) {
    this.listener = new PgListener(db.listenUrl, CREDENTIALS_CHANNEL, {
      onNotify: (id) => {
        for (const l of this.listeners) l.revoked(id, false);
      },
      onListening: () => {
        for (const l of this.listeners) l.reset?.();
      },
    });
  }

  subscribe(listener: RevocationListener): void {
    this.listeners.push(listener);
  }

  /** In the transaction that revokes or changes credential `id`. */
  async announce(id: string): Promise<void> {
    for (const l of this.listeners) l.revoked(id, true);
    await this.txHost.tx.query('SELECT pg_notify($1, $2)', [CREDENTIALS_CHANNEL, id]);
  }

  /** Whether revocations from other instances are being received right now. */
  get listening(): boolean {
    return this.listener.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }
}

@Global()
@Module({ providers: [CredentialRevocations], exports: [CredentialRevocations] })
export class CredentialRevocationsModule {}
