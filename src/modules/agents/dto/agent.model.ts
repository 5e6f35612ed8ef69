import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../../common/auth/scopes';

export enum AgentRole {
  admin = 'admin',
  agent = 'agent',
  viewer = 'viewer',
}
registerEnumType(AgentRole, { name: 'AgentRole' });

@ObjectType('Agent')
export class AgentModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @Field()
  name: string;

  @ApiProperty({ example: 'ada@example.com' })
  @Field()
  email: string;

  @ApiProperty({ enum: ROLES })
  @Field(() => AgentRole)
  role: string;

  @ApiProperty({ description: 'False once deactivated or deleted: the agent can no longer sign in.' })
  @Field()
  active: boolean;

  @ApiProperty({ type: [String], format: 'uuid' })
  @Field(() => [ID])
  groupIds: string[];

  @ApiProperty({ example: 1 })
  @Field(() => Int)
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  updatedAt: Date;
}
