import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { AppError } from '../../common/errors/app-error';
import { feedPosition, OutboxEvent, OutboxService } from '../../common/events/outbox.service';
import { streamConfig } from '../../config/configuration';
import { FeedNotifications } from './feed-notifications';

/** Events read per query, for the shared read and for a resuming reader's catch-up. */
const BATCH = 500;
/** After a notification, re-read this often until the event shows (see `hurry`). */
const HURRY_MS = 50;
const HURRY_FOR_MS = 2000;

type Position = [bigint, bigint];
const after = (a: Position, b: Position) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

export interface FeedReader {
  tenantId: string;
  /** The credential behind the stream (`kind:id`), for the per-credential cap. */
  credential: string;
  /** Resume after this cursor (`Last-Event-ID`); null: from now on (see `open`). */
  cursor: string | null;
  /** Only these event types (all when empty). */
  types?: readonly string[];
  /** Every event after the cursor, in feed order, exactly once. */
  onEvent: (event: OutboxEvent) => void;
  /** The feed ended the subscription (shutdown). */
  onEnd?: () => void;
}

export interface FeedSubscription {
  /** Starts delivering (catch-up first); call once the transport is ready to write. */
  start(): void;
  close(): void;
}

interface Sub {
  reader: FeedReader;
  types: ReadonlySet<string> | null;
  /** The last event passed (delivered or filtered out by type), as position and cursor. */
  pos: Position | null;
  cursor: string | null;
  closed: boolean;
}

/** One tenant's readers on this instance, served by one shared read of the outbox. */
class TenantFeed {
  /** The position of the last event fanned out (or the tail when the feed was created). */
  head: Position | null = null;
  headCursor: string | null = null;
  readonly live = new Set<Sub>();
  joining = 0;
  hurryUntil = 0;
  timer: NodeJS.Timeout | null = null;
  dirty = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly tenantId: string) {}

  /** Runs `task` after every task queued before it: reads and joins never interleave. */
  serial(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  get idle(): boolean {
    return this.live.size === 0 && this.joining === 0;
  }
}

/**
 * The live feed: the tenant's outbox events for open streams (SSE and GraphQL subscriptions,
 * the same feed under both). Per tenant one shared read (`OutboxService.readAfter`, commit-order
 * safe) fans events out to every reader that is caught up; a reader resuming from a cursor
 * first catches up on its own reads, inside the tenant's queue, so it joins the shared read
 * without a gap or a repeat. Reads happen when a commit notifies (LISTEN/NOTIFY, any
 * instance), and every `pollIntervalMs` regardless, so the feed stays correct without
 * notifications. `readAfter` only returns events older than every transaction still running
 * in the cluster: a long transaction elsewhere delays (never loses or reorders) live events.
 */
@Injectable()
export class LiveFeed implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
  private readonly feeds = new Map<string, TenantFeed>();
  private readonly perCredential = new Map<string, number>();
  private poller: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxService,
    private readonly notifications: FeedNotifications,
    @Inject(streamConfig.KEY) private readonly config: ConfigType<typeof streamConfig>,
  ) {}

  /** Open subscriptions on this instance (metrics, tests). */
  get size(): number {
    let n = 0;
    for (const f of this.feeds.values()) n += f.live.size + f.joining;
    return n;
  }

  /**
   * Registers a reader. Throws (before anything is written) when the cursor is not one of ours
   * (400) or the credential already holds `maxPerCredential` streams on this instance (429).
   * Without a cursor the reader starts at the feed's position now: every event committed after
   * `open` resolves reaches it.
   */
  async open(reader: FeedReader): Promise<FeedSubscription> {
    if (this.stopped) throw new AppError('unavailable', 'The service is shutting down; reconnect.');
    const pos = reader.cursor ? feedPosition(reader.cursor) : null;
    const held = this.perCredential.get(reader.credential) ?? 0;
    if (held >= this.config.maxPerCredential) {
      throw new AppError(
        'rate_limited',
        `This credential already has ${held} open event streams on this instance (the limit); close one first.`,
        undefined,
        undefined,
        { 'Retry-After': '5' },
      );
    }
    this.perCredential.set(reader.credential, held + 1);
    const sub: Sub = {
      reader,
      types: reader.types?.length ? new Set(reader.types) : null,
      pos,
      cursor: reader.cursor,
      closed: false,
    };
    if (!sub.cursor) {
      try {
        sub.cursor = await this.outbox.tailCursor(reader.tenantId);
        sub.pos = feedPosition(sub.cursor);
      } catch (err) {
        this.close(sub);
        throw err;
      }
    }
    let started = false;
    return {
      start: () => {
        if (started || sub.closed) return;
        started = true;
        this.join(sub);
      },
      close: () => this.close(sub),
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Ends every stream (they reconnect elsewhere with their cursor) and stops reading. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    for (const feed of this.feeds.values()) {
      if (feed.timer) clearTimeout(feed.timer);
      for (const sub of [...feed.live]) {
        this.close(sub);
        sub.reader.onEnd?.();
      }
    }
    await this.notifications.stop();
  }

  private feedOf(tenantId: string): TenantFeed {
    let feed = this.feeds.get(tenantId);
    if (!feed) {
      feed = new TenantFeed(tenantId);
      this.feeds.set(tenantId, feed);
      this.startBackground();
    }
    return feed;
  }

  private startBackground(): void {
    if (this.poller || this.stopped) return;
    void this.notifications.listen((tenantId) => this.wake(tenantId, true));
    this.poller = setInterval(() => this.wake(null, false), this.config.pollIntervalMs);
    this.poller.unref();
  }

  /** A tenant's commit (or all tenants, `null`): read soon. */
  private wake(tenantId: string | null, notified: boolean): void {
    const feeds = tenantId ? [this.feeds.get(tenantId)] : [...this.feeds.values()];
    for (const feed of feeds) {
      if (!feed) continue;
      if (notified) feed.hurryUntil = Date.now() + HURRY_FOR_MS;
      this.schedule(feed, 0);
    }
  }

  private schedule(feed: TenantFeed, delayMs: number): void {
    feed.dirty = true;
    if (feed.timer || this.stopped) return;
    feed.timer = setTimeout(() => {
      feed.timer = null;
      void feed
        .serial(() => this.readShared(feed))
        .catch((err: unknown) => {
          this.logger.error({ err, tenantId: feed.tenantId }, 'reading the live feed failed');
        });
    }, delayMs);
  }

  /** The shared read: every new event to every caught-up reader that wants it. */
  private async readShared(feed: TenantFeed): Promise<void> {
    if (feed.idle) return;
    feed.dirty = false;
    await this.ensureHead(feed);
    for (;;) {
      const batch = await this.outbox.readAfter(feed.tenantId, feed.headCursor, BATCH);
      for (const event of batch) {
        const pos = feedPosition(event.cursor);
        for (const sub of feed.live) this.deliver(sub, event, pos);
        feed.head = pos;
        feed.headCursor = event.cursor;
      }
      if (batch.length < BATCH) break;
    }
    // A notified commit may still be hidden behind an older transaction: look again shortly.
    if (!this.stopped && !feed.idle) {
      if (feed.dirty) this.schedule(feed, 0);
      else if (Date.now() < feed.hurryUntil) this.schedule(feed, HURRY_MS);
    }
  }

  /** Catch-up of one reader up to the shared head, then it joins the shared read. */
  private join(sub: Sub): void {
    const feed = this.feedOf(sub.reader.tenantId);
    feed.joining++;
    void feed
      .serial(async () => {
        await this.ensureHead(feed);
        if (sub.closed) return;
        await this.catchUp(feed, sub);
        if (!sub.closed) feed.live.add(sub);
      })
      .catch((err: unknown) => {
        this.logger.error({ err, tenantId: feed.tenantId }, 'joining the live feed failed');
        this.close(sub);
        sub.reader.onEnd?.();
      })
      .finally(() => {
        feed.joining--;
        this.forgetIfIdle(feed);
      });
  }

  private async catchUp(feed: TenantFeed, sub: Sub): Promise<void> {
    const head = feed.head!;
    while (!sub.closed && after(head, sub.pos!)) {
      const batch = await this.outbox.readAfter(feed.tenantId, sub.cursor, BATCH, sub.reader.types);
      let passedHead = false;
      for (const event of batch) {
        const pos = feedPosition(event.cursor);
        if (after(pos, head)) {
          passedHead = true;
          break;
        }
        this.deliver(sub, event, pos);
      }
      if (passedHead || batch.length < BATCH) break;
    }
  }

  private async ensureHead(feed: TenantFeed): Promise<void> {
    if (feed.headCursor) return;
    feed.headCursor = await this.outbox.tailCursor(feed.tenantId);
    feed.head = feedPosition(feed.headCursor);
  }

  private deliver(sub: Sub, event: OutboxEvent, pos: Position): void {
    if (sub.closed || (sub.pos && !after(pos, sub.pos))) return;
    sub.pos = pos;
    sub.cursor = event.cursor;
    if (sub.types && !sub.types.has(event.type)) return;
    try {
      sub.reader.onEvent(event);
    } catch (err) {
      this.logger.error({ err }, 'a live feed reader failed');
      this.close(sub);
    }
  }

  private close(sub: Sub): void {
    if (sub.closed) return;
    sub.closed = true;
    const left = (this.perCredential.get(sub.reader.credential) ?? 1) - 1;
    if (left > 0) this.perCredential.set(sub.reader.credential, left);
    else this.perCredential.delete(sub.reader.credential);
    const feed = this.feeds.get(sub.reader.tenantId);
    if (!feed) return;
    feed.live.delete(sub);
    this.forgetIfIdle(feed);
  }

  private forgetIfIdle(feed: TenantFeed): void {
    if (!feed.idle || this.feeds.get(feed.tenantId) !== feed) return;
    if (feed.timer) clearTimeout(feed.timer);
    this.feeds.delete(feed.tenantId);
    if (this.feeds.size === 0 && this.poller) {
      clearInterval(this.poller);
      this.poller = null;
    }
  }
}
