import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { CONDITION_FIELDS, CONDITION_OPS } from '../conditions';

/** `{field, op, value}`; the value's type is checked per field by the service. */
@InputType('WorkflowConditionInput')
export class ConditionInput {
  @ApiProperty({ enum: CONDITION_FIELDS, example: 'priority' })
  @Field()
  @IsIn(CONDITION_FIELDS, { message: `field must be one of: ${CONDITION_FIELDS.join(', ')}` })
  field: string;

  @ApiProperty({ enum: CONDITION_OPS, example: 'eq' })
  @Field()
  @IsIn(CONDITION_OPS, { message: `op must be one of: ${CONDITION_OPS.join(', ')}` })
  op: string;

  @ApiPropertyOptional({
    description: 'A value (eq, neq, contains, changed_to, changed_from) or a list (in, not_in).',
    example: 'urgent',
  })
  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  value?: unknown;
}

@ObjectType('WorkflowCondition')
export class ConditionModel {
  @ApiProperty({ enum: CONDITION_FIELDS })
  @Field()
  field: string;

  @ApiProperty({ enum: CONDITION_OPS })
  @Field()
  op: string;

  @ApiPropertyOptional({ description: 'Any JSON value.' })
  @Field(() => GraphQLJSON, { nullable: true })
  value?: unknown;
}
