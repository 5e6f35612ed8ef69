import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { SurveySettingsModel, UpdateSurveySettingsInput } from './dto/survey-settings.input';
import { SurveysService } from './surveys.service';

@ApiTags('Feedback')
@Controller('v1/tenant/settings/surveys')
export class SurveySettingsController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'getSurveySettings',
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
    operationId: 'updateSurveySettings',
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
