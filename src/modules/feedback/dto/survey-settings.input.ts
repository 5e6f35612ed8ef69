import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, Max, Min } from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { FEEDBACK_KINDS, FeedbackKind } from '../satisfaction';

/** `tenants.settings.surveys`: whether solving a ticket requests a survey, for what share. */
export class SurveySettingsModel {
  @ApiProperty({ description: 'Solving a ticket requests a survey (for a random sample).' })
  sendOnSolved: boolean;

  @ApiProperty({
    minimum: 0,
    maximum: 1,
    example: 0.25,
    description: 'Share of solved tickets that get a survey: 0 none, 1 all.',
  })
  sampleRate: number;

  @ApiProperty({ enum: FEEDBACK_KINDS, description: 'Kind of survey sent on solve.' })
  kind: FeedbackKind;
}

export const DEFAULT_SURVEY_SETTINGS: SurveySettingsModel = {
  sendOnSolved: false,
  sampleRate: 1,
  kind: 'csat',
};

/** `PATCH /v1/tenant/settings/surveys`: the fields sent change, the others stay. */
export class UpdateSurveySettingsInput {
  @ApiPropertyOptional()
  @NotNull()
  @IsBoolean({ message: 'sendOnSolved must be true or false' })
  sendOnSolved?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @NotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'sampleRate must be a number' })
  @Min(0)
  @Max(1)
  sampleRate?: number;

  @ApiPropertyOptional({ enum: FEEDBACK_KINDS })
  @NotNull()
  @IsIn(FEEDBACK_KINDS, { message: `kind must be one of: ${FEEDBACK_KINDS.join(', ')}` })
  kind?: FeedbackKind;
}
