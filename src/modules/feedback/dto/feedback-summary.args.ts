import { DateTimeFilter } from '../../../common/validation/date-time-filter.decorator';
import { ArgsType, Field } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsTimeZone, MaxLength } from 'class-validator';
import { SUMMARY_GROUPINGS, SummaryGrouping } from '../feedback.repository';
import { FEEDBACK_KINDS, FeedbackKind } from '../satisfaction';
import { FeedbackKindEnum, SummaryGroupingEnum } from './feedback-enums';

/** `GET /v1/feedback/summary` and `feedbackSummary(...)`. */
@ArgsType()
export class FeedbackSummaryArgs {
  @ApiPropertyOptional({ enum: FEEDBACK_KINDS, description: 'Only this kind; both when absent.' })
  @Field(() => FeedbackKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(FEEDBACK_KINDS, { message: `kind must be one of: ${FEEDBACK_KINDS.join(', ')}` })
  kind?: FeedbackKind;

  @DateTimeFilter('Given at or after.')
  from?: Date;

  @DateTimeFilter('Given before (exclusive).')
  to?: Date;

  @ApiPropertyOptional({ enum: SUMMARY_GROUPINGS, default: 'none' })
  @Field(() => SummaryGroupingEnum, { nullable: true, defaultValue: 'none' })
  @IsOptional()
  @IsIn(SUMMARY_GROUPINGS, { message: `groupBy must be one of: ${SUMMARY_GROUPINGS.join(', ')}` })
  groupBy: SummaryGrouping = 'none';

  @ApiPropertyOptional({
    default: 'UTC',
    example: 'Asia/Ho_Chi_Minh',
    description: 'IANA time zone in which `day`, `week` (from Monday) and `month` buckets start.',
  })
  @Field({ nullable: true, defaultValue: 'UTC' })
  @IsOptional()
  @IsTimeZone({ message: 'tz must be an IANA time zone like Europe/Rome' })
  @MaxLength(64)
  tz: string = 'UTC';
}
