import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

@ObjectType('Group')
export class GroupModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ example: 'Billing' })
  @Field()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

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
