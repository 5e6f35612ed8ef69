import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const RECONNECT_MS = 1000;

export interface PgListenerHandlers {
  /** A notification on the channel (PostgreSQL delivers it at the sender's commit). */
  onNotify: (payload: string) => void;
  /**
   * The connection is listening (first start and every reconnect): notifications sent while
   * it was not were lost, so whatever they would have said must be assumed.
   */
  onListening: () => void;
}

/**
 * One dedicated connection (outside the pool) that LISTENs on a channel and reconnects every
 * second after an error until `stop()`.
 */
export class PgListener {
  private readonly logger: Logger;
  private client: Client | null = null;
  private started: Promise<void> | null = null;
  private connecting = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly url: string | undefined,
    private readonly channel: string,
    private readonly handlers: PgListenerHandlers,
  ) {
    this.logger = new Logger(`PgListener(${channel})`);
  }

  /** Whether notifications are being received right now. */
  get listening(): boolean {
    return this.client !== null;
  }

  /** Connects once (later calls return the first attempt); resolves even if it failed. */
  start(): Promise<void> {
    this.started ??= this.connect();
    return this.started;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped || !this.url) return;
    this.connecting = true;
    const client = new Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel === this.channel) this.handlers.onNotify(msg.payload ?? '');
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'notification listener failed; reconnecting');
      this.retry(client);
    });
    client.on('end', () => this.retry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.handlers.onListening();
    } catch (err) {
      this.logger.warn({ err }, 'notification listener could not connect; retrying');
      this.connecting = false;
      this.retry(client);
    } finally {
      this.connecting = false;
    }
  }

  /** After `client` failed: one reconnect a second later, however many events said so. */
  private retry(client: Client): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.stopped || this.client || this.connecting || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && !this.client) void this.connect();
    }, RECONNECT_MS);
    this.retryTimer.unref();
  }
}
