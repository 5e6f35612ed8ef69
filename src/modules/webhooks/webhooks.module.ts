import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxService } from '../../common/events/outbox.service';
import { AddressGuard } from './address-guard';
import { DeliveryWorker } from './delivery.worker';
import { WebhookSender } from './sender';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { WebhookMetrics } from './webhook.metrics';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      WebhookSubscriptionEntity,
      WebhookDeliveryEntity,
      WebhookAttemptEntity,
    ]),
  ],
  controllers: [WebhooksController],
  providers: [
    WebhooksService,
    WebhooksRepository,
    AddressGuard,
    WebhookSender,
    WebhookMetrics,
    DeliveryWorker,
  ],
  exports: [WebhooksService],
})
export class WebhooksModule implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** Every published event becomes deliveries in its own transaction (see OutboxService.onPublish). */
  onModuleInit(): void {
    this.outbox.onPublish((tenantId, events) => this.webhooks.fanOut(tenantId, events));
  }
}
