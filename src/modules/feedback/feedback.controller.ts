import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { PageOf } from '../../common/pagination/page.model';
import { FeedbackSummaryArgs } from './dto/feedback-summary.args';
import { FeedbackModel, FeedbackSummaryModel } from './dto/feedback.model';
import { ListFeedbackQuery } from './dto/list-feedback.args';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { FeedbackService } from './feedback.service';

const FeedbackPage = PageOf(FeedbackModel, 'FeedbackPage');

@ApiTags('Feedback')
@Controller('v1/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @RequireScopes('feedback:write')
  @ApiOperation({
    operationId: 'submitFeedback',
    summary: 'Record a CSAT or NPS response',
    description:
      "With `ticketId`, the ticket's customer, assignee (the default agent), group and channel are recorded. A low score (CSAT ≤ 2, NPS ≤ 6) sets the ticket's `negativeFeedback`. Emits `feedback.received`, and `feedback.negative` for a low score. Responses cannot be edited or deleted.",
  })
  @ApiCreatedResponse({ type: FeedbackModel })
  @ApiProblems(400, 422)
  submit(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: SubmitFeedbackInput,
  ) {
    return this.feedback.submit(tenantId, input, actorOf(p));
  }

  @Get()
  @RequireScopes('feedback:read', 'feedback:write')
  @ApiOperation({
    operationId: 'listFeedback',
    summary: 'List feedback',
    description: 'Newest first.',
  })
  @ApiOkResponse({ type: FeedbackPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListFeedbackQuery) {
    return this.feedback.list(tenantId, query, query);
  }

  @Get('summary')
  @RequireScopes('feedback:read', 'feedback:write')
  @ApiOperation({
    operationId: 'getFeedbackSummary',
    summary: 'CSAT and NPS, overall or per bucket',
    description:
      'CSAT % = responses scoring 4-5 / CSAT responses × 100; NPS = %promoters (9-10) − %detractors (0-6). One decimal, rounded once. `day`, `week` (from Monday) and `month` buckets follow the calendar of `tz`.',
  })
  @ApiOkResponse({ type: FeedbackSummaryModel })
  @ApiProblems(400)
  summary(@CurrentTenant() tenantId: string, @Query() args: FeedbackSummaryArgs) {
    return this.feedback.summary(tenantId, args);
  }

  @Get(':id')
  @RequireScopes('feedback:read', 'feedback:write')
  @ApiOperation({
    operationId: 'getFeedback',
    summary: 'Get one response',
    description: 'One CSAT or NPS response with its ticket, customer, agent, group and channel.',
  })
  @ApiOkResponse({ type: FeedbackModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.feedback.get(tenantId, id);
  }
}
