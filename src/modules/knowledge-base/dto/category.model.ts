import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';

@ObjectType('KbCategory')
export class KbCategoryModel extends VersionedModel {
  @ApiProperty({ example: 'Billing' })
  @Field()
  name: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @ApiProperty({ example: 0, description: 'Order among siblings (ascending).' })
  @Field(() => Int)
  position: number;
}
