import { Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { TICKET_TRIGGERS } from '../../tickets/ticket-hooks';
import { ActionInput } from './action.input';
import { ConditionInput } from './condition.input';

const triggerMessage = { message: `trigger must be one of: ${TICKET_TRIGGERS.join(', ')}` };

@InputType('CreateWorkflowInput')
export class CreateRuleInput {
  @ApiProperty({ maxLength: 200, example: 'Urgent complaints to the escalation team' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: TICKET_TRIGGERS, example: 'ticket.created' })
  @Field()
  @IsIn(TICKET_TRIGGERS, triggerMessage)
  trigger: string;

  @ApiPropertyOptional({ type: [ConditionInput], description: 'All must hold (AND).' })
  @Field(() => [ConditionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConditionInput)
  conditions?: ConditionInput[];

  @ApiProperty({ type: [ActionInput], description: 'Run in order.' })
  @Field(() => [ActionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions: ActionInput[];

  @ApiPropertyOptional({ default: true })
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ default: 0, description: 'Rules run in ascending position.' })
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

@InputType('UpdateWorkflowInput')
export class UpdateRuleInput {
  @ApiPropertyOptional({ maxLength: 200 })
  @Field({ nullable: true })
  @NotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: TICKET_TRIGGERS })
  @Field({ nullable: true })
  @NotNull()
  @IsIn(TICKET_TRIGGERS, triggerMessage)
  trigger?: string;

  @ApiPropertyOptional({ type: [ConditionInput], description: 'Replaces the list.' })
  @Field(() => [ConditionInput], { nullable: true })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConditionInput)
  conditions?: ConditionInput[];

  @ApiPropertyOptional({ type: [ActionInput], description: 'Replaces the list.' })
  @Field(() => [ActionInput], { nullable: true })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions?: ActionInput[];

  @ApiPropertyOptional()
  @Field({ nullable: true })
  @NotNull()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional()
  @Field(() => Int, { nullable: true })
  @NotNull()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}
