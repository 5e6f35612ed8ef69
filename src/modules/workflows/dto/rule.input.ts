import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { TICKET_TRIGGERS } from '../../tickets/ticket-hooks';
import { ActionInput } from './action.input';
import { ConditionInput } from './condition.input';
import { ActionsField, ConditionsField, EnabledField, NameField, PositionField } from './fields';

const triggerMessage = { message: `trigger must be one of: ${TICKET_TRIGGERS.join(', ')}` };
const CONDITIONS = 'All must hold (AND).';
const POSITION = 'Rules run in ascending position.';

@InputType('CreateWorkflowInput')
export class CreateRuleInput {
  @NameField('Urgent complaints to the escalation team') name: string;

  @ApiProperty({ enum: TICKET_TRIGGERS, example: 'ticket.created' })
  @Field()
  @IsIn(TICKET_TRIGGERS, triggerMessage)
  trigger: string;

  @ConditionsField(CONDITIONS) conditions?: ConditionInput[];
  @ActionsField({ required: true }) actions: ActionInput[];
  @EnabledField() enabled?: boolean;
  @PositionField(POSITION) position?: number;
}

@InputType('UpdateWorkflowInput')
export class UpdateRuleInput {
  @NameField('', true) name?: string;

  @ApiPropertyOptional({ enum: TICKET_TRIGGERS })
  @Field({ nullable: true })
  @NotNull()
  @IsIn(TICKET_TRIGGERS, triggerMessage)
  trigger?: string;

  @ConditionsField(`${CONDITIONS} Replaces the list.`, true) conditions?: ConditionInput[];
  @ActionsField({ required: false, patch: true }) actions?: ActionInput[];
  @EnabledField(true) enabled?: boolean;
  @PositionField(POSITION, true) position?: number;
}
