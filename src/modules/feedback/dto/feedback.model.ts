import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { GraphQLJSONObject } from 'graphql-scalars';
import { FEEDBACK_SOURCES, FeedbackSource } from '../feedback.entity';
import { SUMMARY_GROUPINGS, SummaryGrouping } from '../feedback.repository';
import { FEEDBACK_KINDS, FeedbackKind } from '../satisfaction';
import { FeedbackKindEnum, FeedbackSourceEnum, SummaryGroupingEnum } from './feedback-enums';

@ObjectType('Feedback')
export class FeedbackModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ enum: FEEDBACK_KINDS })
  @Field(() => FeedbackKindEnum)
  kind: FeedbackKind;

  @ApiProperty({ example: 5, description: 'CSAT 1..5, NPS 0..10.' })
  @Field(() => Int)
  score: number;

  @ApiProperty({ description: 'A low score: CSAT ≤ 2, NPS ≤ 6.' })
  @Field()
  negative: boolean;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  comment: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  customerId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  ticketId: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The agent rated (the ticket assignee when not given).',
  })
  @Field(() => ID, { nullable: true })
  agentId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The ticket's group." })
  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The ticket's channel." })
  @Field(() => String, { nullable: true })
  channel: string | null;

  @ApiProperty({ enum: FEEDBACK_SOURCES })
  @Field(() => FeedbackSourceEnum)
  source: FeedbackSource;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  surveyId: string | null;

  @ApiProperty({ type: String, format: 'date-time', description: 'When it was first given.' })
  @Field()
  createdAt: Date;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Changes when the customer changes a survey answer or adds a comment.',
  })
  @Field()
  updatedAt: Date;
}

@ObjectType('CsatFigures')
export class CsatFiguresModel {
  @ApiProperty({ example: 40, description: 'CSAT responses.' })
  @Field(() => Int)
  responses: number;

  @ApiProperty({ example: 36, description: 'Scores 4 and 5.' })
  @Field(() => Int)
  positive: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 90,
    description: 'positive / responses × 100, one decimal; null without responses.',
  })
  @Field(() => Float, { nullable: true })
  percent: number | null;
}

@ObjectType('NpsFigures')
export class NpsFiguresModel {
  @ApiProperty({ example: 20, description: 'NPS responses.' })
  @Field(() => Int)
  responses: number;

  @ApiProperty({ example: 10, description: 'Scores 9 and 10.' })
  @Field(() => Int)
  promoters: number;

  @ApiProperty({ example: 6, description: 'Scores 7 and 8.' })
  @Field(() => Int)
  passives: number;

  @ApiProperty({ example: 4, description: 'Scores 0 to 6.' })
  @Field(() => Int)
  detractors: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 30,
    description: '%promoters − %detractors (−100..100), one decimal; null without responses.',
  })
  @Field(() => Float, { nullable: true })
  score: number | null;
}

@ObjectType('FeedbackBucket')
export class FeedbackBucketModel {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2024-12-02',
    description:
      'The agent, group id or channel; the local date of the day or of the week’s Monday (`YYYY-MM-DD`), or `YYYY-MM` for a month. Null for `none` and for responses with no agent or group.',
  })
  @Field(() => String, { nullable: true })
  key: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Calendar buckets: the first instant of the bucket in `tz`, in UTC.',
  })
  @Field(() => Date, { nullable: true })
  start: Date | null;

  @ApiProperty({ example: 60, description: 'Responses in the bucket (both kinds).' })
  @Field(() => Int)
  responses: number;

  @ApiProperty({ type: () => CsatFiguresModel })
  @Field(() => CsatFiguresModel)
  csat: CsatFiguresModel;

  @ApiProperty({ type: () => NpsFiguresModel })
  @Field(() => NpsFiguresModel)
  nps: NpsFiguresModel;
}

@ObjectType('FeedbackSummary')
export class FeedbackSummaryModel {
  @ApiProperty({ enum: SUMMARY_GROUPINGS })
  @Field(() => SummaryGroupingEnum)
  groupBy: SummaryGrouping;

  @ApiProperty({ example: 'UTC' })
  @Field()
  tz: string;

  @ApiProperty({
    type: () => [FeedbackBucketModel],
    description:
      'Buckets with at least one response, in order of time or key; `none` always has one.',
  })
  @Field(() => [FeedbackBucketModel])
  buckets: FeedbackBucketModel[];
}

@ObjectType('Survey')
export class SurveyModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  ticketId: string;

  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  customerId: string;

  @ApiProperty({ enum: FEEDBACK_KINDS })
  @Field(() => FeedbackKindEnum)
  kind: FeedbackKind;

  @ApiProperty({ enum: ['open', 'expired', 'revoked'] })
  @Field()
  status: 'open' | 'expired' | 'revoked';

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uri' },
    maxProperties: 11,
    example: {
      '1': 'https://help.example.com/s/AQAAAAGT2Yb5',
      '5': 'https://help.example.com/s/AQAAAAGT2Yb9',
    },
    description:
      'One link per score ("1".."5" for CSAT, "0".."10" for NPS). Opening one records that score; opening another changes it.',
  })
  @Field(() => GraphQLJSONObject)
  links: Record<string, string>;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  expiresAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  createdAt: Date;
}
