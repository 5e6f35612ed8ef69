import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { ARTICLE_STATUSES, ARTICLE_VISIBILITIES } from '../article.entity';

@ObjectType('KbVotes')
export class KbVotesModel {
  @ApiProperty({ example: 12 })
  @Field(() => Int)
  helpful: number;

  @ApiProperty({ example: 2 })
  @Field(() => Int)
  notHelpful: number;
}

@ObjectType('KbArticle')
export class KbArticleModel extends VersionedModel {
  @ApiProperty({ example: 'How to reset your password' })
  @Field()
  title: string;

  @ApiProperty({ description: 'Markdown.' })
  @Field()
  body: string;

  @ApiProperty({ example: 'en' })
  @Field()
  locale: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @ApiProperty({ type: [String] })
  @Field(() => [String])
  tags: string[];

  @ApiProperty({ enum: ARTICLE_VISIBILITIES })
  @Field()
  visibility: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  @Field()
  status: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The article this one translates (the group's original).",
  })
  @Field(() => ID, { nullable: true })
  translationOf: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ example: 420, description: 'Reads on the public endpoints.' })
  @Field(() => Int)
  views: number;

  @ApiProperty({ type: () => KbVotesModel })
  @Field(() => KbVotesModel)
  votes: KbVotesModel;
}
