import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { ARTICLE_STATUSES, ARTICLE_VISIBILITIES } from '../kb-article.entity';

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

export class KbArticleVersionModel {
  @ApiProperty({ example: 3 })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty()
  locale: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  categoryId: string | null;

  @ApiProperty({ type: [String] })
  tags: string[];

  @ApiProperty({ enum: ARTICLE_VISIBILITIES })
  visibility: string;

  @ApiProperty({ enum: ARTICLE_STATUSES })
  status: string;

  @ApiProperty({ example: { type: 'agent', id: '0193…' } })
  actor: { type: string; id: string | null };

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

@ObjectType('KbSearchHit')
export class KbSearchHitModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty()
  @Field()
  title: string;

  @ApiProperty()
  @Field()
  locale: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @ApiProperty({ enum: ARTICLE_VISIBILITIES })
  @Field()
  visibility: string;

  @ApiProperty({
    example: '… click <mark>Forgot password</mark> on the sign-in page …',
    description: 'Body excerpt with matches wrapped in <mark>…</mark>.',
  })
  @Field()
  snippet: string;

  @ApiProperty({ example: 0.83, description: 'Relevance; title matches rank above body matches.' })
  @Field(() => Float)
  score: number;
}
