import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PeriodFields } from './report-period.args';

const period = PeriodFields();

/** `GET /v1/reports/agents` and `agentReport(...)`: a page of agents, by name. */
@ArgsType()
export class AgentReportArgs {
  @period.from
  from?: string;

  @period.to
  to?: string;

  @period.tz
  tz: string = 'UTC';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50, description: 'Agents per page.' })
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  cursor?: string;
}
