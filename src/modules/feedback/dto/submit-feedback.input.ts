import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
  ValidationArguments,
} from 'class-validator';
import { FEEDBACK_KINDS, FeedbackKind, isValidScore, SCORE_RANGE } from '../satisfaction';
import { FeedbackKindEnum } from './feedback-enums';

export const MAX_COMMENT_LENGTH = 5000;

/** The score fits the kind in the same object: CSAT 1..5, NPS 0..10. */
function IsScoreOfKind(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isScoreOfKind',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) => {
          const kind = (args.object as { kind?: FeedbackKind }).kind;
          const range = kind && SCORE_RANGE[kind];
          return range
            ? `score must be an integer from ${range.min} to ${range.max} for ${kind}`
            : 'score must be an integer (csat 1..5, nps 0..10)';
        },
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const kind = (args.object as { kind?: unknown }).kind;
          if (typeof value !== 'number') return false;
          return (FEEDBACK_KINDS as readonly unknown[]).includes(kind)
            ? isValidScore(kind as FeedbackKind, value)
            : Number.isInteger(value);
        },
      },
    });
}

/** `POST /v1/feedback` and `submitFeedback`. */
@InputType('SubmitFeedbackInput')
export class SubmitFeedbackInput {
  @ApiProperty({ enum: FEEDBACK_KINDS })
  @Field(() => FeedbackKindEnum)
  @IsIn(FEEDBACK_KINDS, { message: `kind must be one of: ${FEEDBACK_KINDS.join(', ')}` })
  kind: FeedbackKind;

  @ApiProperty({ example: 5, minimum: 0, maximum: 10, description: 'CSAT 1..5, NPS 0..10.' })
  @Field(() => Int)
  @IsInt({ message: 'score must be an integer' })
  @IsScoreOfKind()
  score: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_COMMENT_LENGTH })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: "Defaults to the ticket's customer; must be that customer when both are sent.",
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description:
      'The ticket rated: its group and channel are recorded, its assignee is the default agent, a low score flags it `negativeFeedback`.',
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ticketId must be a UUID' })
  ticketId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: "The agent rated; defaults to the ticket's assignee at the time.",
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'agentId must be a UUID' })
  agentId?: string;
}
