import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARTICLE_VISIBILITIES } from '../article.entity';

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

/** REST envelope of search and suggestions: a list shape without a next page. */
export class SearchResultsModel {
  @ApiProperty({ type: () => [KbSearchHitModel], description: 'Best first.' })
  data: KbSearchHitModel[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Always null: search returns the best `limit` hits.',
  })
  nextCursor: null;
}
