import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { ROLES } from '../../../common/auth/scopes';

export enum AgentRole {
  admin = 'admin',
  agent = 'agent',
  viewer = 'viewer',
}
registerEnumType(AgentRole, { name: 'AgentRole' });

@ObjectType('Agent')
export class AgentModel extends VersionedModel {
  @ApiProperty({ example: 'Ada Lovelace' })
  @Field()
  name: string;

  @ApiProperty({ example: 'ada@example.com' })
  @Field()
  email: string;

  @ApiProperty({ enum: ROLES })
  @Field(() => AgentRole)
  role: string;

  @ApiProperty({
    description: 'False once deactivated or deleted: the agent can no longer sign in.',
  })
  @Field()
  active: boolean;

  @ApiProperty({ type: [String], format: 'uuid' })
  @Field(() => [ID])
  groupIds: string[];
}
