import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { TagsField } from '../../../common/validation/tags.decorator';
import {
  ARTICLE_STATUSES,
  ARTICLE_VISIBILITIES,
  ArticleStatus,
  ArticleVisibility,
} from '../article.entity';

@InputType('CreateArticleInput')
export class CreateArticleInput {
  @ApiProperty({ maxLength: 300, example: 'How to reset your password' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ maxLength: 200_000, description: 'Markdown.' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  body: string;

  @ApiProperty({
    example: 'en',
    description: 'BCP 47 language tag; picks the stemming used for search.',
  })
  @Field()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  locale: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string | null;

  @TagsField()
  tags?: string[];

  @ApiProperty({
    enum: ARTICLE_VISIBILITIES,
    description: '`internal` articles are for agents only.',
  })
  @Field(() => String, { description: 'public or internal' })
  @IsIn(ARTICLE_VISIBILITIES, { message: 'visibility must be public or internal' })
  visibility: ArticleVisibility;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'The article this one translates.',
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'translationOf must be a UUID' })
  translationOf?: string;
}

export class UpdateArticleInput extends PartialType(CreateArticleInput) {
  @ApiPropertyOptional({
    enum: ARTICLE_STATUSES,
    description: 'Prefer POST …/publish and …/unpublish; `archived` retires an article.',
  })
  @IsOptional()
  @IsIn(ARTICLE_STATUSES, { message: `status must be one of: ${ARTICLE_STATUSES.join(', ')}` })
  status?: ArticleStatus;
}
