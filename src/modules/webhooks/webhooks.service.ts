import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { EVENT_TYPES } from '../../common/events/event-types';
import { PublishedEvent } from '../../common/events/outbox.service';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { newId, timeOfId } from '../../database/ids';
import { AddressGuard, BlockedAddressError, DnsError } from './address-guard';
import { DeliveryWorker } from './delivery.worker';
import {
  WebhookAttemptModel,
  WebhookDeliveryDetailModel,
  WebhookDeliveryModel,
} from './dto/delivery.model';
import { ListDeliveriesQuery } from './dto/list-deliveries.args';
import { CreateWebhookInput, RotateSecretInput, UpdateWebhookInput } from './dto/webhook.input';
import { CreatedWebhookModel, WebhookModel } from './dto/webhook.model';
import { newSecret } from './signature';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { NewDelivery, WebhooksRepository } from './webhooks.repository';
import type { ExpectedVersion } from '../../common/http/if-match';

/** The event a `POST /v1/webhooks/:id/test` sends; not an outbox event, not subscribable. */
export const TEST_EVENT_TYPE = 'webhook.test';
const DEFAULT_GRACE_SECONDS = 86400;

@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly guard: AddressGuard,
    private readonly worker: DeliveryWorker,
  ) {}

  async create(tenantId: string, input: CreateWebhookInput): Promise<CreatedWebhookModel> {
    const url = await this.checkUrl(input.url);
    const secret = newSecret();
    const row = await this.webhooks.insert(tenantId, {
      url,
      events: checkEvents(input.events),
      description: input.description ?? null,
      enabled: input.enabled ?? true,
      secret,
    });
    return { ...toModel(row), secret };
  }

  async list(tenantId: string, page: PageQuery): Promise<Page<WebhookModel>> {
    return mapPage(await this.webhooks.list(tenantId, page.limit, page.cursor), toModel);
  }

  async get(tenantId: string, id: string): Promise<WebhookModel> {
    return toModel(await this.webhooks.getById(tenantId, id));
  }

  async update(
    tenantId: string,
    id: string,
    input: UpdateWebhookInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<WebhookModel> {
    const current = await this.webhooks.getById(tenantId, id);
    const patch: Partial<WebhookSubscriptionEntity> = {};
    if (input.url !== undefined) patch.url = await this.checkUrl(input.url);
    if (input.events !== undefined) patch.events = checkEvents(input.events);
    if (input.description !== undefined) patch.description = input.description;
    if (input.enabled !== undefined) {
      patch.enabled = input.enabled;
      // Whoever enables it again has dealt with the reason; a fresh start for the streak too.
      if (input.enabled && !current.enabled) {
        patch.disabledReason = null;
        patch.failingSince = null;
      }
      if (!input.enabled) patch.disabledReason = null;
    }
    return toModel(await this.webhooks.update(tenantId, id, patch as never, expectedVersion));
  }

  async delete(tenantId: string, id: string, expectedVersion?: ExpectedVersion): Promise<void> {
    if (!(await this.webhooks.deleteById(tenantId, id, expectedVersion)))
      throw AppError.notFound('Webhook', id);
  }

  /**
   * A new secret, shown once. The previous one keeps signing for `graceSeconds` (every delivery
   * carries both signatures), so receivers can switch without losing a delivery.
   */
  async rotateSecret(
    tenantId: string,
    id: string,
    input: RotateSecretInput,
  ): Promise<CreatedWebhookModel> {
    const current = await this.webhooks.getById(tenantId, id);
    const secret = newSecret();
    const grace = input.graceSeconds ?? DEFAULT_GRACE_SECONDS;
    const row = await this.webhooks.update(tenantId, id, {
      secret,
      previousSecret: grace > 0 ? current.secret : null,
      previousSecretExpiresAt: grace > 0 ? new Date(Date.now() + grace * 1000) : null,
    });
    return { ...toModel(row), secret };
  }

  // ---- deliveries ----

  async listDeliveries(
    tenantId: string,
    subscriptionId: string,
    query: ListDeliveriesQuery,
  ): Promise<Page<WebhookDeliveryModel>> {
    await this.webhooks.getById(tenantId, subscriptionId);
    const page = await this.webhooks.listDeliveries(
      tenantId,
      subscriptionId,
      { status: query.status, eventType: query.eventType },
      query.limit,
      query.cursor,
    );
    return mapPage(page, toDeliveryModel);
  }

  async getDelivery(
    tenantId: string,
    subscriptionId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryDetailModel> {
    await this.webhooks.getById(tenantId, subscriptionId);
    const row = await this.webhooks.findDelivery(tenantId, subscriptionId, deliveryId);
    if (!row) throw AppError.notFound('Delivery', deliveryId);
    const attempts = await this.webhooks.attemptsOf(tenantId, row.id);
    return { ...toDeliveryModel(row), attemptLog: attempts.map(toAttemptModel) };
  }

  /** Due now; a delivery that had succeeded or been given up starts its retry schedule afresh. */
  async retryDelivery(
    tenantId: string,
    subscriptionId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryModel> {
    await this.assertEnabled(tenantId, subscriptionId);
    const row = await this.webhooks.requeue(tenantId, subscriptionId, deliveryId);
    if (!row) throw AppError.notFound('Delivery', deliveryId);
    this.worker.nudge();
    return toDeliveryModel(row);
  }

  /** Sends a `webhook.test` event to this subscription only (whatever its event types). */
  async sendTest(tenantId: string, subscriptionId: string): Promise<WebhookDeliveryModel> {
    await this.assertEnabled(tenantId, subscriptionId);
    const eventId = newId();
    const row = await this.webhooks.insertDelivery(tenantId, {
      subscriptionId,
      eventId,
      eventType: TEST_EVENT_TYPE,
      resourceKey: `webhook:${subscriptionId}:${eventId}`,
      payload: {
        id: eventId,
        type: TEST_EVENT_TYPE,
        createdAt: timeOfId(eventId).toISOString(),
        tenantId,
        data: { webhookId: subscriptionId, message: 'A test event: your endpoint is reachable.' },
      },
    });
    this.worker.nudge();
    return toDeliveryModel(row);
  }

  /**
   * The outbox listener: inside the transaction that publishes `events`, one delivery per
   * (event, enabled subscription whose types match). Reads the tenant's subscriptions every
   * time (one indexed query): no cache to invalidate across instances.
   */
  async fanOut(tenantId: string, events: readonly PublishedEvent[]): Promise<void> {
    const subscriptions = await this.webhooks.enabledSubscriptions(tenantId);
    if (subscriptions.length === 0) return;
    const rows: NewDelivery[] = [];
    for (const event of events) {
      for (const s of subscriptions) {
        if (s.events.includes('*') || s.events.includes(event.type)) {
          rows.push({
            subscriptionId: s.id,
            eventId: event.id,
            eventType: event.type,
            resourceKey: `${event.resourceType}:${event.resourceId}`,
          });
        }
      }
    }
    await this.webhooks.insertDeliveries(tenantId, rows);
  }

  private async assertEnabled(tenantId: string, id: string): Promise<void> {
    const subscription = await this.webhooks.getById(tenantId, id);
    if (!subscription.enabled) {
      throw new AppError(
        'unprocessable',
        `Webhook ${id} is disabled${subscription.disabledReason ? ` (${subscription.disabledReason})` : ''}. Enable it with PATCH {"enabled": true} first.`,
      );
    }
  }

  /** 400 for what is not an http(s) URL, 422 for a host that is not allowed to receive. */
  private async checkUrl(raw: string): Promise<string> {
    const invalid = (message: string) => AppError.validation([{ field: 'url', message }]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalid('must be an absolute http or https URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw invalid(`must use http or https, not ${url.protocol.replace(/:$/, '')}`);
    }
    if (url.username || url.password) {
      throw invalid('must not carry credentials; authenticate the request by its signature');
    }
    url.hash = '';
    try {
      await this.guard.resolve(url);
    } catch (e) {
      if (e instanceof BlockedAddressError || e instanceof DnsError) {
        throw new AppError(
          'unprocessable',
          `url is not allowed to receive webhooks: ${e.message}.`,
          [{ field: 'url', message: e.message }],
        );
      }
      throw e;
    }
    return url.toString();
  }
}

/** 400 naming every unknown type; `*` stands alone. */
function checkEvents(events: string[]): string[] {
  if (events.includes('*')) {
    if (events.length > 1) {
      throw AppError.validation([
        { field: 'events', message: '"*" means every event type: send it alone' },
      ]);
    }
    return events;
  }
  const known = new Set<string>(EVENT_TYPES);
  const unknown = events.filter((e) => !known.has(e));
  if (unknown.length) {
    throw AppError.validation([
      {
        field: 'events',
        message: `unknown event types: ${unknown.join(', ')} (known: ${EVENT_TYPES.join(', ')}, or "*")`,
      },
    ]);
  }
  return events;
}

export function toModel(w: WebhookSubscriptionEntity): WebhookModel {
  return {
    id: w.id,
    url: w.url,
    events: w.events,
    description: w.description,
    enabled: w.enabled,
    disabledReason: w.disabledReason,
    failingSince: w.failingSince,
    previousSecretExpiresAt:
      w.previousSecretExpiresAt && w.previousSecretExpiresAt > new Date()
        ? w.previousSecretExpiresAt
        : null,
    version: w.version,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

function toDeliveryModel(d: WebhookDeliveryEntity): WebhookDeliveryModel {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
    deliveredAt: d.deliveredAt,
    lastAttemptAt: d.lastAttemptAt,
    lastError: d.lastError,
    createdAt: d.createdAt,
  };
}

function toAttemptModel(a: WebhookAttemptEntity): WebhookAttemptModel {
  return {
    id: a.id,
    attemptedAt: a.attemptedAt,
    durationMs: a.durationMs,
    responseStatus: a.responseStatus,
    responseBody: a.responseBody,
    error: a.error,
    errorMessage: a.errorMessage,
  };
}
