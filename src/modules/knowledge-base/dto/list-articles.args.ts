import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsLocale, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.args';
import { ARTICLE_STATUSES, ArticleStatus } from '../article.entity';

/** What `GET /v1/kb/articles` can narrow by. */
export type ArticleFilter = Pick<
  ListArticlesQuery,
  'status' | 'categoryId' | 'locale' | 'translationOf'
>;

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
  @MaxLength(35)
  locale?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The original and its translations.' })
  @IsOptional()
  @IsUUID('all', { message: 'translationOf must be a UUID' })
  translationOf?: string;
}
