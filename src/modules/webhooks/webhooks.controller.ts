import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../common/http/if-match';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { WebhookDeliveryDetailModel, WebhookDeliveryModel } from './dto/delivery.model';
import { ListDeliveriesQuery } from './dto/list-deliveries.args';
import { CreateWebhookInput, RotateSecretInput, UpdateWebhookInput } from './dto/webhook.input';
import { CreatedWebhookModel, WebhookModel } from './dto/webhook.model';
import { WebhooksService } from './webhooks.service';

const WebhookPage = PageOf(WebhookModel, 'WebhookPage');
const DeliveryPage = PageOf(WebhookDeliveryModel, 'WebhookDeliveryPage');

@ApiTags('Webhooks')
@Controller('v1/webhooks')
@RequireScopes('webhooks:manage')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Subscribe a URL to events',
    description:
      'Deliveries follow Standard Webhooks: `webhook-id` (the event id), `webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256>`), body `{id, type, createdAt, tenantId, data}`. The `secret` is shown once.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookModel })
  @ApiProblems(400, 422)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateWebhookInput) {
    return this.webhooks.create(tenantId, input);
  }

  @Get()
  @ApiOperation({
    operationId: 'listWebhooks',
    summary: 'List webhook subscriptions (no secrets)',
    description:
      'Keyset-paginated with `limit` and `cursor`; `disabledReason` says why a subscription stopped.',
  })
  @ApiOkResponse({ type: WebhookPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.webhooks.list(tenantId, page);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getWebhook',
    summary: 'Get a webhook subscription (no secret)',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: WebhookModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.webhooks.get(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: 'Update a webhook subscription',
    description:
      'Disabled subscriptions receive nothing new; their pending deliveries wait and resume when enabled again.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: WebhookModel })
  @ApiProblems(400, 404, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateWebhookInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.webhooks.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteWebhook',
    summary: 'Delete a webhook subscription and its delivery log',
    description: 'Pending deliveries are dropped.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.webhooks.delete(tenantId, id, version);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: 'Rotate the signing secret',
    description:
      'Returns the new `secret` (shown once). For `graceSeconds` (default 24 h) every delivery carries two signatures, one per secret, space-separated in `webhook-signature`.',
  })
  @ApiOkResponse({ type: CreatedWebhookModel })
  @ApiProblems(400, 404)
  rotate(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: RotateSecretInput,
  ) {
    return this.webhooks.rotateSecret(tenantId, id, input);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'testWebhook',
    summary: 'Send a test event',
    description: 'Queues a `webhook.test` event for this subscription only.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryModel })
  @ApiProblems(404, 422)
  test(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.webhooks.sendTest(tenantId, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'Deliveries of a subscription, newest first',
    description: 'Filter by `status` and `eventType`; keyset-paginated.',
  })
  @ApiOkResponse({ type: DeliveryPage })
  @ApiProblems(400, 404)
  deliveries(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Query() query: ListDeliveriesQuery,
  ) {
    return this.webhooks.listDeliveries(tenantId, id, query);
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiOperation({
    operationId: 'getWebhookDelivery',
    summary: 'A delivery with its attempts',
    description: 'Every attempt with its time, duration, response status, body excerpt and error.',
  })
  @ApiOkResponse({ type: WebhookDeliveryDetailModel })
  @ApiProblems(404)
  delivery(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    return this.webhooks.getDelivery(tenantId, id, deliveryId);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'retryWebhookDelivery',
    summary: 'Retry a delivery now',
    description:
      'A pending delivery is attempted now; a succeeded or failed one is sent again with a fresh retry schedule.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryModel })
  @ApiProblems(404, 422)
  retry(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
  ) {
    return this.webhooks.retryDelivery(tenantId, id, deliveryId);
  }
}
