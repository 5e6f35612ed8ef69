import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FEEDBACK_KINDS, FeedbackKind } from '../satisfaction';
import { FeedbackKindEnum } from './feedback-enums';

/** `POST /v1/tickets/:id/surveys` and `requestSurvey`. */
@InputType('RequestSurveyInput')
export class RequestSurveyInput {
  @ApiProperty({ enum: FEEDBACK_KINDS })
  @Field(() => FeedbackKindEnum)
  @IsIn(FEEDBACK_KINDS, { message: `kind must be one of: ${FEEDBACK_KINDS.join(', ')}` })
  kind: FeedbackKind;
}
