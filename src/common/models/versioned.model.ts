import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

/** What every mutable resource carries: its id, its version (the ETag) and its timestamps. */
@ObjectType({ isAbstract: true })
export abstract class VersionedModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({
    example: 1,
    description:
      'Increases with every change; GET returns it as `ETag`, send it back as `If-Match`.',
  })
  @Field(() => Int)
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  updatedAt: Date;
}
