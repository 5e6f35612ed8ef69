import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { CsatFiguresModel, NpsFiguresModel } from '../../feedback/dto/feedback.model';
import { KPI_GROUPINGS, KpiGrouping } from '../report-period';
import { DURATION_CLOCKS, DurationClock, DurationClockEnum, KpiGroupingEnum } from './report-enums';

@ObjectType('DurationFigures')
export class DurationFiguresModel {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1800,
    description: 'Seconds, rounded; null without readings.',
  })
  @Field(() => Int, { nullable: true })
  median: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 14400,
    description: '90th percentile (interpolated), seconds.',
  })
  @Field(() => Int, { nullable: true })
  p90: number | null;

  @ApiProperty({ example: 42, description: 'Tickets measured.' })
  @Field(() => Int)
  count: number;

  @ApiProperty({
    example: 30,
    description:
      "Of `count`, readings in opening hours (the ticket's SLA policy has business hours); the others are wall-clock time. Pauses (pending, on hold) never count.",
  })
  @Field(() => Int)
  businessHoursCount: number;

  @ApiProperty({
    enum: DURATION_CLOCKS,
    nullable: true,
    description: 'Which clock the readings use; null without readings.',
  })
  @Field(() => DurationClockEnum, { nullable: true })
  clock: DurationClock | null;
}

@ObjectType('KpiBucket')
export class KpiBucketModel {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2024-12-02',
    description:
      'The agent or group id, channel, category or type (null: tickets without one; always null for `none`); the local date of the day or of the week’s Monday (`YYYY-MM-DD`), or `YYYY-MM` for a month.',
  })
  @Field(() => String, { nullable: true })
  key: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Ada Lovelace',
    description: 'The agent’s or group’s name.',
  })
  @Field(() => String, { nullable: true })
  label: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'Calendar buckets: the bucket’s first instant in `tz` (the first bucket may start before `from`; only [from, to) is counted).',
  })
  @Field(() => Date, { nullable: true })
  start: Date | null;

  @ApiProperty({
    example: 120,
    description:
      'Distinct tickets created, first answered or resolved in the bucket: what the ticket figures rest on. Each ratio also gives its own denominator.',
  })
  @Field(() => Int)
  tickets: number;

  @ApiProperty({ example: 100, description: 'Tickets created in the bucket.' })
  @Field(() => Int)
  ticketsCreated: number;

  @ApiProperty({
    example: 90,
    description:
      'Tickets resolved in the bucket: their latest solve (or their closing, when closed without a solve) falls in it. A reopened ticket counts again when it is solved again, in that bucket.',
  })
  @Field(() => Int)
  ticketsSolved: number;

  @ApiProperty({ example: 4, description: 'Tickets of type `complaint` created in the bucket.' })
  @Field(() => Int)
  complaints: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.85,
    description:
      'Of the tickets created in the bucket, the share solved or closed before `to` and not reopened since (0..1, four decimals); null when none were created.',
  })
  @Field(() => Float, { nullable: true })
  resolutionRate: number | null;

  @ApiProperty({
    type: () => DurationFiguresModel,
    description:
      'Time to the first public agent reply, for tickets first answered in the bucket (SLA clock reading: opening hours under a business-hours policy, wall-clock otherwise; pauses excluded).',
  })
  @Field(() => DurationFiguresModel)
  firstResponseSeconds: DurationFiguresModel;

  @ApiProperty({
    type: () => DurationFiguresModel,
    description:
      'Time to resolution (the latest solve), for tickets resolved in the bucket; same clock as first response.',
  })
  @Field(() => DurationFiguresModel)
  resolutionSeconds: DurationFiguresModel;

  @ApiProperty({
    example: 50,
    description:
      'SLA targets (first response, resolution) of tickets created in the bucket whose outcome is known: the ticket has the due time, and the target was met or breached (recorded as breached, met late, or due and still not met). Tickets without an SLA policy have no targets.',
  })
  @Field(() => Int)
  slaTargetsDue: number;

  @ApiProperty({
    example: 45,
    description:
      'Of `slaTargetsDue`: the stop (first reply, resolution) came at or before the due time and no breach was recorded.',
  })
  @Field(() => Int)
  slaTargetsMet: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 90,
    description: 'slaTargetsMet / slaTargetsDue × 100, one decimal; null without targets due.',
  })
  @Field(() => Float, { nullable: true })
  slaCompliancePercent: number | null;

  @ApiProperty({
    example: 3,
    description:
      'Tickets reopened (solved → new/open/pending/on hold) in the bucket; one ticket reopened twice in a bucket counts once.',
  })
  @Field(() => Int)
  reopened: number;

  @ApiProperty({
    example: 250,
    description:
      'Tickets unresolved (neither solved nor closed) at the end of the bucket (at `to` for the last one and for non-calendar groupings), from the status history: created before then and not solved or closed at that moment.',
  })
  @Field(() => Int)
  backlog: number;

  @ApiProperty({
    example: 30,
    description: 'Of `ticketsSolved`: tickets with exactly one public agent reply.',
  })
  @Field(() => Int)
  oneTouchResolutions: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.3333,
    description:
      'oneTouchResolutions / ticketsSolved (0..1, four decimals); null when none were solved.',
  })
  @Field(() => Float, { nullable: true })
  oneTouchResolutionRate: number | null;

  @ApiProperty({
    type: () => CsatFiguresModel,
    description:
      "CSAT responses given in the bucket (the feedback summary's figures: by the rated agent, the ticket's group and channel when given, or the ticket's category and type).",
  })
  @Field(() => CsatFiguresModel)
  csat: CsatFiguresModel;

  @ApiProperty({
    type: () => NpsFiguresModel,
    description: 'NPS responses given in the bucket, bucketed like CSAT.',
  })
  @Field(() => NpsFiguresModel)
  nps: NpsFiguresModel;
}

@ObjectType('KpiReport')
export class KpiReportModel {
  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  from: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'Exclusive.' })
  @Field()
  to: Date;

  @ApiProperty({ example: 'UTC' })
  @Field()
  tz: string;

  @ApiProperty({ enum: KPI_GROUPINGS })
  @Field(() => KpiGroupingEnum)
  groupBy: KpiGrouping;

  @ApiProperty({
    type: () => [KpiBucketModel],
    description:
      'Calendar groupings: every bucket of the period, in order, empty ones included. Others: every key with a figure, by key (null last); `none`: exactly one.',
  })
  @Field(() => [KpiBucketModel])
  buckets: KpiBucketModel[];
}
