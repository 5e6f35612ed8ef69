import { DateTimeFilter } from '../../../common/validation/date-time-filter.decorator';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { COMMA_LIST, commaList } from '../../../common/validation/comma-list';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ConnectionArgs, PageQuery } from '../../../common/pagination/page.args';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../ticket.entity';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
  TicketTypeEnum,
} from './ticket-enums';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

export const TICKET_SORTS = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'priority',
  '-priority',
] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

@InputType('TicketFilter')
export class TicketFilter {
  @ApiPropertyOptional({
    enum: TICKET_STATUSES,
    isArray: true,
    ...COMMA_LIST,
    description: 'Any of these statuses, as a comma list (`new,open`) or a repeated parameter.',
    example: ['new', 'open'],
  })
  @Field(() => [TicketStatusEnum], { nullable: true })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(TICKET_STATUSES, {
    each: true,
    message: `status must be a comma list of: ${TICKET_STATUSES.join(', ')}`,
  })
  status?: string[];

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @Field(() => TicketPriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES, { message: `priority must be one of: ${TICKET_PRIORITIES.join(', ')}` })
  priority?: string;

  @ApiPropertyOptional({ enum: TICKET_TYPES })
  @Field(() => TicketTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_TYPES, { message: `type must be one of: ${TICKET_TYPES.join(', ')}` })
  type?: string;

  @ApiPropertyOptional({ enum: TICKET_CHANNELS })
  @Field(() => TicketChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_CHANNELS, { message: `channel must be one of: ${TICKET_CHANNELS.join(', ')}` })
  channel?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a UUID' })
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a UUID' })
  groupId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({
    description:
      'Full text over subject, description and comments, any language; accents ignored. Supports "quoted phrases", OR and -exclusions. Text in scripts written without spaces (Thai, Chinese, Japanese, …) matches as a substring.',
  })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @DateTimeFilter()
  createdFrom?: Date;

  @DateTimeFilter('Exclusive.')
  createdTo?: Date;

  @DateTimeFilter()
  updatedSince?: Date;
}

export class ListTicketsQuery extends IntersectionType(PageQuery, TicketFilter) {
  @ApiPropertyOptional({ enum: TICKET_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(TICKET_SORTS, { message: `sort must be one of: ${TICKET_SORTS.join(', ')}` })
  sort?: TicketSort;
}

@ArgsType()
export class TicketsArgs extends ConnectionArgs {
  @Field(() => TicketFilter, { nullable: true })
  @IsOptional()
  @NestedObject(() => TicketFilter)
  filter?: TicketFilter;

  @Field(() => String, { nullable: true, description: TICKET_SORTS.join(', ') })
  @IsOptional()
  @IsIn(TICKET_SORTS, { message: `sort must be one of: ${TICKET_SORTS.join(', ')}` })
  sort?: TicketSort;
}
