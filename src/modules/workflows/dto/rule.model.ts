import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { TICKET_TRIGGERS } from '../../tickets/ticket-hooks';
import { ActionModel } from './action.input';
import { ConditionModel } from './condition.input';

@ObjectType('Workflow')
export class RuleModel extends VersionedModel {
  @ApiProperty()
  @Field()
  name: string;

  @ApiProperty({ enum: TICKET_TRIGGERS })
  @Field()
  trigger: string;

  @ApiProperty({ type: [ConditionModel] })
  @Field(() => [ConditionModel])
  conditions: ConditionModel[];

  @ApiProperty({ type: [ActionModel] })
  @Field(() => [ActionModel])
  actions: ActionModel[];

  @ApiProperty()
  @Field()
  enabled: boolean;

  @ApiProperty()
  @Field(() => Int)
  position: number;
}
