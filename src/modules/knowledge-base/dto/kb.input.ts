import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.args';
import { TagsField } from '../../../common/validation/tags.decorator';
import {
  ARTICLE_STATUSES,
  ARTICLE_VISIBILITIES,
  ArticleStatus,
  ArticleVisibility,
} from '../kb-article.entity';

export class CreateCategoryInput {
  @ApiProperty({ maxLength: 200, example: 'Billing' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The parent category; omit for a top-level one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

export class UpdateCategoryInput extends PartialType(CreateCategoryInput) {}

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

export class VoteInput {
  @ApiProperty({ description: 'Was this article helpful?' })
  @IsBoolean()
  helpful: boolean;
}

export class KbSearchQuery {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'reset password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q: string;

  @ApiPropertyOptional({
    example: 'it',
    description: 'Only articles in this language (`pt` also matches `pt-BR`).',
  })
  @IsOptional()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  locale?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

export class ListArticlesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ARTICLE_STATUSES })
  @IsOptional()
  @IsIn(ARTICLE_STATUSES)
  status?: ArticleStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  locale?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The original and its translations.' })
  @IsOptional()
  @IsUUID('all', { message: 'translationOf must be a UUID' })
  translationOf?: string;
}
