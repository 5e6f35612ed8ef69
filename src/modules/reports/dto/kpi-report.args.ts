import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TicketChannelEnum, TicketTypeEnum } from '../../tickets/dto/ticket-enums';
import {
  TICKET_CHANNELS,
  TICKET_TYPES,
  TicketChannel,
  TicketType,
} from '../../tickets/ticket.entity';
import { KPI_GROUPINGS, KpiGrouping } from '../report-period';
import { PeriodFields } from './report-period.args';
import { KpiGroupingEnum } from './report-enums';

const period = PeriodFields();

/** `GET /v1/reports/kpis` (and `.csv`) and `kpis(...)`. */
@ArgsType()
export class KpiReportArgs {
  @period.from
  from?: string;

  @period.to
  to?: string;

  @period.tz
  tz: string = 'UTC';

  @ApiPropertyOptional({ enum: KPI_GROUPINGS, default: 'none' })
  @Field(() => KpiGroupingEnum, { nullable: true, defaultValue: 'none' })
  @IsOptional()
  @IsIn(KPI_GROUPINGS, { message: `groupBy must be one of: ${KPI_GROUPINGS.join(', ')}` })
  groupBy: KpiGrouping = 'none';

  @ApiPropertyOptional({ enum: TICKET_CHANNELS, description: 'Only tickets of this channel.' })
  @Field(() => TicketChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_CHANNELS, { message: `channel must be one of: ${TICKET_CHANNELS.join(', ')}` })
  channel?: TicketChannel;

  @ApiPropertyOptional({ enum: TICKET_TYPES, description: 'Only tickets of this type.' })
  @Field(() => TicketTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_TYPES, { message: `type must be one of: ${TICKET_TYPES.join(', ')}` })
  type?: TicketType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only tickets of this group.' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a UUID' })
  groupId?: string;

  @ApiPropertyOptional({ example: 'vip', description: 'Only tickets carrying this tag.' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  tag?: string;
}
