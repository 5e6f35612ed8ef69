import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ACTION_TYPES } from '../rules/actions';
import { TICKET_STATUSES } from '../../tickets/ticket.entity';

/**
 * One action of a rule or a macro: `type` and its one parameter, under its own name or as
 * `value` (checked by the service, which names the broken part).
 */
@InputType('WorkflowActionInput')
export class ActionInput {
  @ApiProperty({ enum: ACTION_TYPES, example: 'set_priority' })
  @Field()
  @IsIn(ACTION_TYPES, { message: `type must be one of: ${ACTION_TYPES.join(', ')}` })
  type: string;

  @ApiPropertyOptional({ enum: ['low', 'normal', 'high', 'urgent'], description: 'set_priority' })
  @Field({ nullable: true })
  @IsOptional()
  priority?: string;

  @ApiPropertyOptional({ enum: TICKET_STATUSES, description: 'set_status' })
  @Field({ nullable: true })
  @IsOptional()
  status?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'assign_agent',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  agentId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'assign_group',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  groupId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 50,
    items: { type: 'string', maxLength: 50 },
    description: 'add_tags, remove_tags: 1..50 tags.',
  })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  tags?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'attach_checklist' })
  @Field({ nullable: true })
  @IsOptional()
  templateId?: string;

  @ApiPropertyOptional({ maxLength: 65_536, description: 'add_internal_note' })
  @Field({ nullable: true })
  @IsOptional()
  body?: string;

  @ApiPropertyOptional({ enum: ['csat', 'nps'], description: 'request_survey' })
  @Field({ nullable: true })
  @IsOptional()
  kind?: string;

  @ApiPropertyOptional({
    anyOf: [
      { type: 'string', maxLength: 65_536, nullable: true },
      { type: 'array', items: { type: 'string', maxLength: 50 }, maxItems: 50 },
    ],
    description: "The action's parameter under a generic name (instead of `priority`, `tags`…).",
  })
  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  value?: unknown;
}

/** An action as stored: `type` and its one parameter. */
@ObjectType('WorkflowAction')
export class ActionModel {
  @ApiProperty({ enum: ACTION_TYPES })
  @Field()
  type: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  priority?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  status?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Field(() => String, { nullable: true })
  agentId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Field(() => String, { nullable: true })
  groupId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Field(() => [String], { nullable: true })
  tags?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @Field({ nullable: true })
  templateId?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  body?: string;

  @ApiPropertyOptional({ enum: ['csat', 'nps'] })
  @Field({ nullable: true })
  kind?: string;
}
