import { Controller, Get, Header, Headers, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AcceptsStreamToken,
  CurrentPrincipal,
  RequireScopes,
} from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { PORTAL_SCOPE, READ_SCOPES } from '../../common/auth/scopes';
import { ApiProblems } from '../../common/errors/problem.model';
import { StreamQuery, StreamTokenModel } from './dto/stream.args';
import { EventStreams } from './event-streams.service';

@ApiTags('Live events')
@Controller('v1/events')
export class EventsStreamController {
  constructor(private readonly streams: EventStreams) {}

  @Post('stream-tokens')
  @Header('Cache-Control', 'no-store')
  @RequireScopes(...READ_SCOPES, PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'createStreamToken',
    summary: 'Get a stream token',
    description:
      'A short-lived token (5 minutes, never beyond the credential) for `GET /v1/events/stream?token=…`: browsers’ EventSource cannot send an Authorization header, and an API key must never be put in a URL.',
  })
  @ApiCreatedResponse({ type: StreamTokenModel })
  token(@CurrentPrincipal() p: Principal): Promise<StreamTokenModel> {
    return this.streams.issueToken(p);
  }

  @Get('stream')
  @AcceptsStreamToken()
  @RequireScopes(...READ_SCOPES, PORTAL_SCOPE)
  @ApiOperation({
    operationId: 'streamEvents',
    summary: 'Live events (Server-Sent Events)',
    description: [
      'The tenant’s events as they happen, as `text/event-stream`: each event has an `id:` line (its cursor), an `event:` line (its type) and a `data:` line (`{id, type, createdAt, data}`, the webhook body).',
      'Only what the credential may read: staff credentials get the event families of their read scopes; a portal token gets its own customer’s ticket events, public comments only.',
      'Reconnect with `Last-Event-ID` (EventSource does it by itself) or `lastEventId` to resume without a gap or a repeat. Comment lines (`: heartbeat`) keep the connection alive.',
      'Events appear once every transaction that started before them has ended: a long transaction elsewhere in the database delays the stream (it never loses or reorders events).',
    ].join('\n\n'),
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'Resume after this event id.',
    schema: { type: 'string', maxLength: 2048 },
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'The event stream, until the credential expires or the instance shuts down.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
    headers: {
      'X-Accel-Buffering': {
        description: 'Tells a proxy (nginx) not to buffer the stream.',
        schema: { type: 'string', enum: ['no'] },
      },
    },
  })
  @ApiProblems(400, 429)
  async stream(
    @CurrentPrincipal() p: Principal,
    @Query() query: StreamQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.streams.stream(p, req, res, {
      cursor: lastEventId?.trim() || query.lastEventId || null,
      types: query.types,
    });
  }
}
