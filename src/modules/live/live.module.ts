import { Module, OnModuleInit } from '@nestjs/common';
import { OutboxService } from '../../common/events/outbox.service';
import { CorsModule } from '../cors/cors.module';
import { EventStreams } from './event-streams.service';
import { EventsStreamController } from './events-stream.controller';
import { FeedNotifications } from './feed-notifications';
import { GraphqlWsOptions } from './graphql-ws.options';
import { LiveFeed } from './live-feed.service';
import { LiveResolver } from './live.resolver';

/** Live updates for browsers and consoles: the outbox as SSE and GraphQL subscriptions. */
@Module({
  imports: [CorsModule],
  controllers: [EventsStreamController],
  providers: [LiveFeed, FeedNotifications, EventStreams, LiveResolver, GraphqlWsOptions],
  exports: [LiveFeed, GraphqlWsOptions],
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
