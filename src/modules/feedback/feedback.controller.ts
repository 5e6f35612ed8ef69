import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { PageOf } from '../../common/pagination/page.model';
import { FeedbackSummaryArgs } from './dto/feedback-summary.args';
import { FeedbackModel, FeedbackSummaryModel, SurveyModel } from './dto/feedback.model';
import { ListFeedbackQuery } from './dto/list-feedback.args';
import { RequestSurveyInput } from './dto/request-survey.input';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { SurveySettingsModel, UpdateSurveySettingsInput } from './dto/survey-settings.input';
import { FeedbackService } from './feedback.service';
import { SurveysService } from './surveys.service';

const FeedbackPage = PageOf(FeedbackModel, 'FeedbackPage');

@ApiTags('Feedback')
@Controller('v1/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @RequireScopes('feedback:write')
  @ApiOperation({
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
  @ApiOperation({ summary: 'List feedback', description: 'Newest first.' })
  @ApiOkResponse({ type: FeedbackPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() query: ListFeedbackQuery) {
    return this.feedback.list(tenantId, query, query);
  }

  @Get('summary')
  @RequireScopes('feedback:read', 'feedback:write')
  @ApiOperation({
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
  @ApiOperation({ summary: 'Get one response' })
  @ApiOkResponse({ type: FeedbackModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.feedback.get(tenantId, id);
  }
}

@ApiTags('Feedback')
@Controller('v1')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post('tickets/:id/surveys')
  @RequireScopes('feedback:write')
  @ApiOperation({
    summary: 'Request a one-click survey for a ticket',
    description:
      'One signed link per score; deliver them yourself (this service sends no email). Emits `survey.requested` with the links. While the ticket has an open survey of this kind, that survey is returned (200) instead of a new one (201).',
  })
  @ApiCreatedResponse({ type: SurveyModel, description: 'A new survey.' })
  @ApiOkResponse({ type: SurveyModel, description: 'The open survey of this ticket and kind.' })
  @ApiProblems(400, 404)
  async request(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') ticketId: string,
    @Body() input: RequestSurveyInput,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { survey, created } = await this.surveys.requestSurvey(
      tenantId,
      ticketId,
      input.kind,
      actorOf(p),
    );
    res.status(created ? 201 : 200);
    return survey;
  }

  @Post('surveys/:id/revoke')
  @HttpCode(200)
  @RequireScopes('feedback:write')
  @ApiOperation({
    summary: "Revoke a survey's links",
    description:
      'The links answer an HTML 410 from then on; a response already given stays. The ticket may get a new survey.',
  })
  @ApiOkResponse({ type: SurveyModel })
  @ApiProblems(404)
  revoke(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.surveys.revoke(tenantId, id);
  }
}

@ApiTags('Feedback')
@Controller('v1/tenant/settings/surveys')
export class SurveySettingsController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @RequireScopes('admin')
  @ApiOperation({
    summary: 'Survey settings',
    description: 'Stored in the tenant settings under `surveys`.',
  })
  @ApiOkResponse({ type: SurveySettingsModel })
  get(@CurrentTenant() tenantId: string) {
    return this.surveys.settings(tenantId);
  }

  @Patch()
  @RequireScopes('admin')
  @ApiOperation({
    summary: 'Change the survey settings',
    description:
      'With `sendOnSolved`, solving a ticket requests a survey of `kind` for a random `sampleRate` share of tickets (0..1) and emits `survey.requested` with the links.',
  })
  @ApiOkResponse({ type: SurveySettingsModel })
  @ApiProblems(400)
  update(@CurrentTenant() tenantId: string, @Body() input: UpdateSurveySettingsInput) {
    return this.surveys.updateSettings(tenantId, input);
  }
}
