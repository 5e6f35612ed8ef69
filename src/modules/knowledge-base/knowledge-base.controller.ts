import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../common/http/if-match';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { KbArticleVersionModel } from './dto/article-version.model';
import { KbArticleModel, KbVotesModel } from './dto/article.model';
import { KbCategoryModel } from './dto/category.model';
import { CreateArticleInput, UpdateArticleInput } from './dto/create-article.input';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/create-category.input';
import { KbSearchArgs } from './dto/kb-search.args';
import { ListArticlesQuery } from './dto/list-articles.args';
import { CategoryListQuery } from './dto/list-categories.args';
import { SearchResultsModel } from './dto/search-hit.model';
import { VoteInput } from './dto/vote.input';
import { KnowledgeBaseService } from './knowledge-base.service';

const CategoryPage = PageOf(KbCategoryModel, 'KbCategoryPage');
const ArticlePage = PageOf(KbArticleModel, 'KbArticlePage');
const VersionPage = PageOf(KbArticleVersionModel, 'KbArticleVersionPage');

@ApiTags('Knowledge base')
@Controller('v1/kb')
export class KbController {
  constructor(private readonly kb: KnowledgeBaseService) {}

  @Post('categories')
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'createKbCategory',
    summary: 'Create a category',
    description: 'Categories nest (`parentId`) and are ordered by `position`.',
  })
  @ApiCreatedResponse({ type: KbCategoryModel })
  @ApiProblems(400, 422)
  createCategory(@CurrentTenant() tenantId: string, @Body() input: CreateCategoryInput) {
    return this.kb.createCategory(tenantId, input);
  }

  @Get('categories')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'listKbCategories',
    summary: 'List categories, by position',
    description:
      'Every category, or only the children of `parentId`, by `position`; keyset-paginated.',
  })
  @ApiOkResponse({ type: CategoryPage })
  @ApiProblems(400)
  listCategories(@CurrentTenant() tenantId: string, @Query() query: CategoryListQuery) {
    return this.kb.listCategories(tenantId, query, query.parentId);
  }

  @Get('categories/:id')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'getKbCategory',
    summary: 'Get a category',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: KbCategoryModel })
  @ApiProblems(404)
  getCategory(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.kb.getCategory(tenantId, id);
  }

  @Patch('categories/:id')
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'updateKbCategory',
    summary: 'Update (rename, move, reorder) a category',
    description: 'Only the fields sent change; a category cannot become its own descendant (422).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: KbCategoryModel })
  @ApiProblems(400, 404, 412, 422)
  updateCategory(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateCategoryInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.kb.updateCategory(tenantId, id, input, version);
  }

  @Delete('categories/:id')
  @HttpCode(204)
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'deleteKbCategory',
    summary: 'Delete a category',
    description: 'Refused while it has subcategories; its articles stay, without a category.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 422, 412)
  async deleteCategory(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.kb.deleteCategory(tenantId, id, version);
  }

  @Post('articles')
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'createKbArticle',
    summary: 'Create an article (a draft)',
    description:
      'Markdown `body`; starts as a draft (publish it with …/publish). `visibility` `public` articles appear in the help center once published.',
  })
  @ApiCreatedResponse({ type: KbArticleModel })
  @ApiProblems(400, 422)
  createArticle(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Body() input: CreateArticleInput,
  ) {
    return this.kb.createArticle(tenantId, input, actorOf(p));
  }

  @Get('articles')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'listKbArticles',
    summary: 'List articles (drafts and internal ones included)',
    description:
      'Every article of the tenant, drafts and internal ones included, with the filters below; keyset-paginated.',
  })
  @ApiOkResponse({ type: ArticlePage })
  @ApiProblems(400)
  listArticles(@CurrentTenant() tenantId: string, @Query() query: ListArticlesQuery) {
    return this.kb.listArticles(tenantId, query);
  }

  @Get('search')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'searchKbArticles',
    summary: 'Search published articles (public and internal)',
    description:
      'Ranked, with a highlighted snippet. Stemming for every language PostgreSQL ships a dictionary for, accents optional (Vietnamese `khach hang` finds `khách hàng`), substring matching for scripts without spaces (Thai, Chinese, Japanese). Title matches rank above body matches; `locale` narrows.',
  })
  @ApiOkResponse({ type: SearchResultsModel })
  @ApiProblems(400)
  async search(
    @CurrentTenant() tenantId: string,
    @Query() query: KbSearchArgs,
  ): Promise<SearchResultsModel> {
    return {
      data: await this.kb.search(tenantId, query.q, query.limit, {
        audience: 'agents',
        locale: query.locale,
      }),
      nextCursor: null,
    };
  }

  @Get('articles/:id')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'getKbArticle',
    summary: 'Get an article',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: KbArticleModel })
  @ApiProblems(404)
  getArticle(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.kb.getArticle(tenantId, id);
  }

  @Patch('articles/:id')
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'updateKbArticle',
    summary: 'Edit an article',
    description: 'The previous state is kept: see …/versions.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: KbArticleModel })
  @ApiProblems(400, 404, 412, 422)
  updateArticle(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
    @Body() input: UpdateArticleInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.kb.updateArticle(tenantId, id, input, actorOf(p), version);
  }

  @Delete('articles/:id')
  @HttpCode(204)
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'deleteKbArticle',
    summary: 'Delete an article (soft)',
    description: 'Soft delete: it leaves lists, search and the help center; versions are kept.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async deleteArticle(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.kb.deleteArticle(tenantId, id, version);
  }

  @Post('articles/:id/publish')
  @HttpCode(200)
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'publishKbArticle',
    summary: 'Publish an article',
    description: 'Emits `kb.article_published`.',
  })
  @ApiOkResponse({ type: KbArticleModel })
  @ApiProblems(404)
  publish(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
  ) {
    return this.kb.publish(tenantId, id, actorOf(p));
  }

  @Post('articles/:id/unpublish')
  @HttpCode(200)
  @RequireScopes('kb:write')
  @ApiOperation({
    operationId: 'unpublishKbArticle',
    summary: 'Unpublish an article (back to draft)',
    description: 'Back to draft: it leaves search and the help center.',
  })
  @ApiOkResponse({ type: KbArticleModel })
  @ApiProblems(404)
  unpublish(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Param('id') id: string,
  ) {
    return this.kb.unpublish(tenantId, id, actorOf(p));
  }

  @Get('articles/:id/versions')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'listKbArticleVersions',
    summary: 'Every version of an article, newest first',
    description:
      'Every saved state of the article (title, body, who, when), newest first; keyset-paginated.',
  })
  @ApiOkResponse({ type: VersionPage })
  @ApiProblems(400, 404)
  versions(@CurrentTenant() tenantId: string, @Param('id') id: string, @Query() page: PageQuery) {
    return this.kb.versions(tenantId, id, page);
  }

  @Post('articles/:id/votes')
  @RequireScopes('kb:read', 'kb:write')
  @ApiOperation({
    operationId: 'voteKbArticle',
    summary: '"Was this helpful?"',
    description: 'Counts a helpful / not helpful vote from an agent; returns the totals.',
  })
  @ApiCreatedResponse({ type: KbVotesModel })
  @ApiProblems(400, 404)
  vote(@CurrentTenant() tenantId: string, @Param('id') id: string, @Body() input: VoteInput) {
    return this.kb.vote(tenantId, id, input.helpful, { audience: 'agents' });
  }
}
