import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ANY_JSON } from '../../../common/models/actor.model';
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
    anyOf: [
      { type: 'string', maxLength: 200, nullable: true },
      { type: 'boolean' },
      {
        type: 'array',
        items: { anyOf: [{ type: 'string', maxLength: 200, nullable: true }, { type: 'boolean' }] },
        minItems: 1,
        maxItems: 50,
      },
    ],
    description:
      'A value (eq, neq, contains, changed_to, changed_from) or a list of 1..50 (in, not_in): one of the field’s values, a UUID or null for `assigneeId`/`groupId`, true or false for `negativeFeedback`, text up to 200 characters otherwise.',
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

  @ApiPropertyOptional({
    ...ANY_JSON,
    description: 'The value compared with: a string, a boolean, null or a list of them.',
  })
  @Field(() => GraphQLJSON, { nullable: true })
  value?: unknown;
}
