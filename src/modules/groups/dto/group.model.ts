import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';

@ObjectType('Group')
export class GroupModel extends VersionedModel {
  @ApiProperty({ example: 'Billing' })
  @Field()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;
}
