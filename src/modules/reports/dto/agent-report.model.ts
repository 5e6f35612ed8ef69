import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

@ObjectType('AgentKpis')
export class AgentKpisModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  agentId: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @Field()
  name: string;

  @ApiProperty()
  @Field()
  active: boolean;

  @ApiProperty({ example: 12, description: 'Tickets assigned now and neither solved nor closed.' })
  @Field(() => Int)
  openTickets: number;

  @ApiProperty({
    example: 40,
    description:
      'Assigned tickets resolved in the period (latest solve, or closing without a solve).',
  })
  @Field(() => Int)
  solved: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 900,
    description:
      'Median first response (seconds, SLA clock) of assigned tickets first answered in the period.',
  })
  @Field(() => Int, { nullable: true })
  firstResponseMedianSeconds: number | null;

  @ApiProperty({ example: 38, description: 'Tickets behind `firstResponseMedianSeconds`.' })
  @Field(() => Int)
  firstResponses: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 86400,
    description: 'Median resolution time (seconds, SLA clock) of the tickets in `solved`.',
  })
  @Field(() => Int, { nullable: true })
  resolutionMedianSeconds: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 92.5,
    description: 'CSAT % of responses rating this agent in the period; null without responses.',
  })
  @Field(() => Float, { nullable: true })
  csat: number | null;

  @ApiProperty({ example: 20, description: 'CSAT responses behind `csat`.' })
  @Field(() => Int)
  csatResponses: number;

  @ApiProperty({ example: 2, description: 'Assigned tickets reopened in the period.' })
  @Field(() => Int)
  reopened: number;
}

@ObjectType('AgentReport')
export class AgentReportModel {
  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  from: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'Exclusive.' })
  @Field()
  to: Date;

  @ApiProperty({ type: () => [AgentKpisModel], description: 'Agents (active or not) by name.' })
  @Field(() => [AgentKpisModel])
  data: AgentKpisModel[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next agents.',
  })
  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}
