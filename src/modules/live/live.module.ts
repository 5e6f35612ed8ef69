import { Module, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '../../common/events/outbox.service';
import { EventStreams } from './event-streams.service';
import { EventsStreamController } from './events-stream.controller';
import { FeedNotifications } from './feed-notifications';
import { LiveFeed } from './live-feed.service';

/** Live updates for browsers and consoles: the outbox as SSE and GraphQL subscriptions. */
@Module({
  controllers: [EventsStreamController],
  providers: [LiveFeed, FeedNotifications, EventStreams],
  exports: [LiveFeed],
})
export class LiveModule implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly notifications: FeedNotifications,
  ) {}

  /** Every publishing transaction wakes the feed's readers on every instance at commit. */
  onModuleInit(): void {
    this.outbox.onPublish((tenantId) => this.notifications.notifyInTransaction(tenantId));
  }
}
