import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { RequiredField } from '../../../common/validation/required-field.decorator';
import { TagsField } from '../../../common/validation/tags.decorator';
import {
  ARTICLE_STATUSES,
  ARTICLE_VISIBILITIES,
  ArticleStatus,
  ArticleVisibility,
} from '../article.entity';

/** The fields every article has: one declaration for create (REST and GraphQL) and PATCH. */
const ARTICLE_FIELDS = {
  title: (patch = false) =>
    RequiredField(
      { maxLength: 300, example: 'How to reset your password' },
      [IsString(), IsNotEmpty(), MaxLength(300)],
      { patch, graphql: Field() },
    ),
  body: (patch = false) =>
    RequiredField(
      { maxLength: 200_000, description: 'Markdown.' },
      [IsString(), IsNotEmpty(), MaxLength(200_000)],
      { patch, graphql: Field() },
    ),
  locale: (patch = false) =>
    RequiredField(
      { example: 'en', description: 'BCP 47 language tag; picks the stemming used for search.' },
      [IsLocale({ message: 'locale must be a language tag like en or pt-BR' }), MaxLength(35)],
      { patch, graphql: Field() },
    ),
  visibility: (patch = false) =>
    RequiredField(
      { enum: ARTICLE_VISIBILITIES, description: '`internal` articles are for agents only.' },
      [IsIn(ARTICLE_VISIBILITIES, { message: 'visibility must be public or internal' })],
      { patch, graphql: Field(() => String, { description: 'public or internal' }) },
    ),
};

@InputType('CreateArticleInput')
export class CreateArticleInput {
  @ARTICLE_FIELDS.title()
  title: string;

  @ARTICLE_FIELDS.body()
  body: string;

  @ARTICLE_FIELDS.locale()
  locale: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string | null;

  @TagsField()
  tags?: string[];

  @ARTICLE_FIELDS.visibility()
  visibility: ArticleVisibility;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The article this one translates; on PATCH, null makes it an original.',
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'translationOf must be a UUID' })
  translationOf?: string | null;
}

export class UpdateArticleInput extends PartialType(CreateArticleInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @ARTICLE_FIELDS.title(true)
  override title?: string;

  @ARTICLE_FIELDS.body(true)
  override body?: string;

  @ARTICLE_FIELDS.locale(true)
  override locale?: string;

  @ARTICLE_FIELDS.visibility(true)
  override visibility?: ArticleVisibility;

  @ApiPropertyOptional({
    enum: ARTICLE_STATUSES,
    description: 'Prefer POST …/publish and …/unpublish; `archived` retires an article.',
  })
  @NotNull()
  @IsIn(ARTICLE_STATUSES, { message: `status must be one of: ${ARTICLE_STATUSES.join(', ')}` })
  status?: ArticleStatus;
}
