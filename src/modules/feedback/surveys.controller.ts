import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { SurveyModel } from './dto/feedback.model';
import { RequestSurveyInput } from './dto/request-survey.input';
import { SurveysService } from './surveys.service';

@ApiTags('Feedback')
@Controller('v1')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post('tickets/:id/surveys')
  @RequireScopes('feedback:write')
  @ApiOperation({
    operationId: 'createTicketSurvey',
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
    operationId: 'revokeSurvey',
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
