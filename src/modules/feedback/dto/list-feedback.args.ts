import { DateTimeFilter } from '../../../common/validation/date-time-filter.decorator';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ConnectionArgs, PageQuery } from '../../../common/pagination/page.args';
import { FEEDBACK_KINDS, FeedbackKind } from '../satisfaction';
import { FeedbackKindEnum } from './feedback-enums';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

@InputType('FeedbackFilter')
export class FeedbackFilter {
  @ApiPropertyOptional({ enum: FEEDBACK_KINDS })
  @Field(() => FeedbackKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(FEEDBACK_KINDS, { message: `kind must be one of: ${FEEDBACK_KINDS.join(', ')}` })
  kind?: FeedbackKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ticketId must be a UUID' })
  ticketId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'agentId must be a UUID' })
  agentId?: string;

  @DateTimeFilter('Given at or after.')
  from?: Date;

  @DateTimeFilter('Given before.')
  to?: Date;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  minScore?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  maxScore?: number;
}

export class ListFeedbackQuery extends IntersectionType(PageQuery, FeedbackFilter) {}

@ArgsType()
export class FeedbackArgs extends ConnectionArgs {
  @Field(() => FeedbackFilter, { nullable: true })
  @IsOptional()
  @NestedObject(() => FeedbackFilter)
  filter?: FeedbackFilter;
}
