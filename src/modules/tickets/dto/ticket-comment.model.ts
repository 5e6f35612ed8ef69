import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { AUTHOR_TYPES } from '../ticket-comment.entity';
import { AuthorTypeEnum } from './ticket-enums';

@ObjectType('TicketComment')
export class TicketCommentModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  ticketId: string;

  @ApiProperty()
  @Field()
  body: string;

  @ApiProperty({ description: 'False for internal notes (never shown to customers).' })
  @Field()
  public: boolean;

  @ApiProperty({ enum: AUTHOR_TYPES })
  @Field(() => AuthorTypeEnum)
  authorType: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  createdAt: Date;
}
