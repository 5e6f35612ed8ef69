import { Injectable } from '@nestjs/common';
import { ExpiringCache } from '../../common/cache/expiring-cache';
import { Transactional } from '@nestjs-cls/transactional';
import { Actor } from '../../common/auth/principal';
import { AppError } from '../../common/errors/app-error';
import { OutboxService } from '../../common/events/outbox.service';
import { mapPage, Page } from '../../common/pagination/paginate';
import { PageQuery } from '../../common/pagination/page.args';
import { searchConfigFor, UNSPACED_SCRIPT } from '../../common/text/languages';
import { escapeLike } from '../../common/text/like';
import { KbArticleVersionModel } from './dto/article-version.model';
import { KbArticleModel, KbVotesModel } from './dto/article.model';
import { KbCategoryModel } from './dto/category.model';
import { CreateArticleInput, UpdateArticleInput } from './dto/create-article.input';
import { CreateCategoryInput, UpdateCategoryInput } from './dto/create-category.input';
import { ListArticlesQuery } from './dto/list-articles.args';
import { KbSearchHitModel } from './dto/search-hit.model';
import { KbArticleEntity } from './article.entity';
import { ArticleSearchScope, SearchRow } from './article-search.sql';
import { KbArticlesRepository } from './articles.repository';
import { KbCategoryEntity } from './category.entity';
import { KbCategoriesRepository } from './categories.repository';
import type { ExpectedVersion } from '../../common/http/if-match';

/** Search sees published articles only; the public help center sees public ones only. */
export type SearchScope = Omit<ArticleSearchScope, 'limit'>;

const SNIPPET_CHARS = 160;

@Injectable()
export class KnowledgeBaseService {
  constructor(
    private readonly categories: KbCategoriesRepository,
    private readonly articles: KbArticlesRepository,
    private readonly outbox: OutboxService,
  ) {}

  // ---- categories ----

  async createCategory(tenantId: string, input: CreateCategoryInput): Promise<KbCategoryModel> {
    if (input.parentId)
      await this.categories.assertReferenced(tenantId, input.parentId, 'parentId');
    return categoryModel(
      await this.categories.insert(tenantId, {
        name: input.name,
        parentId: input.parentId ?? null,
        position: input.position ?? 0,
      }),
    );
  }

  async listCategories(
    tenantId: string,
    page: PageQuery,
    parentId?: string,
  ): Promise<Page<KbCategoryModel>> {
    return mapPage(await this.categories.list(tenantId, parentId, page), categoryModel);
  }

  async getCategory(tenantId: string, id: string): Promise<KbCategoryModel> {
    return categoryModel(await this.categories.getById(tenantId, id));
  }

  @Transactional()
  async updateCategory(
    tenantId: string,
    id: string,
    input: UpdateCategoryInput,
    expectedVersion?: ExpectedVersion,
  ): Promise<KbCategoryModel> {
    if (input.parentId) {
      await this.categories.assertReferenced(tenantId, input.parentId, 'parentId');
      if ((await this.categories.ancestorsOf(tenantId, input.parentId)).includes(id)) {
        throw new AppError(
          'unprocessable',
          'A category cannot be moved under itself or its own subcategory.',
          [{ field: 'parentId', message: 'would create a cycle' }],
        );
      }
    }
    return categoryModel(await this.categories.update(tenantId, id, { ...input }, expectedVersion));
  }

  /** Refused while subcategories exist; articles keep living without a category. */
  @Transactional()
  async deleteCategory(
    tenantId: string,
    id: string,
    expectedVersion?: ExpectedVersion,
  ): Promise<void> {
    await this.categories.getById(tenantId, id);
    if (await this.categories.hasChildren(tenantId, id)) {
      throw new AppError(
        'unprocessable',
        'This category has subcategories: move or delete them first.',
      );
    }
    await this.categories.deleteById(tenantId, id, expectedVersion);
  }

  // ---- articles ----

  /** Creates a draft and its first version. */
  @Transactional()
  async createArticle(
    tenantId: string,
    input: CreateArticleInput,
    actor: Actor,
  ): Promise<KbArticleModel> {
    if (input.categoryId)
      await this.categories.assertReferenced(tenantId, input.categoryId, 'categoryId');
    const translationOf = input.translationOf
      ? await this.translationRoot(tenantId, input.translationOf)
      : null;
    const row = await this.articles.insert(tenantId, {
      title: input.title,
      body: input.body,
      locale: input.locale,
      categoryId: input.categoryId ?? null,
      tags: input.tags ?? [],
      visibility: input.visibility,
      status: 'draft',
      translationOf,
      views: 0,
      helpful: 0,
      notHelpful: 0,
    });
    await this.articles.refreshSearch(tenantId, row.id, searchConfigFor(row.locale));
    await this.articles.insertVersion(tenantId, row, actor);
    return articleModel(row);
  }

  async listArticles(tenantId: string, query: ListArticlesQuery): Promise<Page<KbArticleModel>> {
    return mapPage(await this.articles.list(tenantId, query, query), articleModel);
  }

  async getArticle(tenantId: string, id: string): Promise<KbArticleModel> {
    return articleModel(await this.articles.getById(tenantId, id));
  }

  /** Every edit keeps the previous state as a version. */
  @Transactional()
  async updateArticle(
    tenantId: string,
    id: string,
    input: UpdateArticleInput,
    actor: Actor,
    expectedVersion?: ExpectedVersion,
  ): Promise<KbArticleModel> {
    if (input.categoryId)
      await this.categories.assertReferenced(tenantId, input.categoryId, 'categoryId');
    const patch: Partial<KbArticleEntity> = { ...input, translationOf: undefined };
    if (input.translationOf !== undefined) {
      if (input.translationOf === id)
        throw AppError.validation([
          { field: 'translationOf', message: 'an article cannot translate itself' },
        ]);
      patch.translationOf = input.translationOf
        ? await this.translationRoot(tenantId, input.translationOf)
        : null;
    }
    if (input.status === 'published') patch.publishedAt = new Date();
    const before = await this.articles.getById(tenantId, id);
    const row = await this.articles.update(tenantId, id, patch as never, expectedVersion);
    if (input.title !== undefined || input.body !== undefined || input.locale !== undefined) {
      await this.articles.refreshSearch(tenantId, id, searchConfigFor(row.locale));
    }
    await this.articles.insertVersion(tenantId, row, actor);
    const article = articleModel(row);
    if (before.status !== 'published' && row.status === 'published')
      await this.published(tenantId, article, actor);
    return article;
  }

  @Transactional()
  async publish(tenantId: string, id: string, actor: Actor): Promise<KbArticleModel> {
    const current = await this.articles.getById(tenantId, id);
    if (current.status === 'published') return articleModel(current);
    const row = await this.articles.update(tenantId, id, {
      status: 'published',
      publishedAt: new Date(),
    });
    await this.articles.insertVersion(tenantId, row, actor);
    const article = articleModel(row);
    await this.published(tenantId, article, actor);
    return article;
  }

  @Transactional()
  async unpublish(tenantId: string, id: string, actor: Actor): Promise<KbArticleModel> {
    const current = await this.articles.getById(tenantId, id);
    if (current.status === 'draft') return articleModel(current);
    const row = await this.articles.update(tenantId, id, { status: 'draft' });
    await this.articles.insertVersion(tenantId, row, actor);
    return articleModel(row);
  }

  @Transactional()
  async deleteArticle(
    tenantId: string,
    id: string,
    expectedVersion?: ExpectedVersion,
  ): Promise<void> {
    await this.articles.getById(tenantId, id);
    await this.articles.update(tenantId, id, { deletedAt: () => 'now()' }, expectedVersion);
  }

  async versions(
    tenantId: string,
    id: string,
    page: PageQuery,
  ): Promise<Page<KbArticleVersionModel>> {
    await this.articles.getById(tenantId, id);
    return mapPage(await this.articles.versions(tenantId, id, page), (v) => ({
      version: v.version,
      title: v.title,
      body: v.body,
      locale: v.locale,
      categoryId: v.categoryId,
      tags: v.tags,
      visibility: v.visibility,
      status: v.status,
      actor: { type: v.actorType, id: v.actorId },
      createdAt: v.createdAt,
    }));
  }

  /**
   * "Was this helpful?". With a `voter` (the public help center), one vote per voter and article:
   * a second vote replaces the first.
   */
  @Transactional()
  async vote(
    tenantId: string,
    id: string,
    helpful: boolean,
    scope: Pick<SearchScope, 'audience'> & { voter?: string },
  ): Promise<KbVotesModel> {
    if (scope.audience === 'public') await this.publicArticle(tenantId, id);
    const counts = scope.voter
      ? await this.articles.voteAs(tenantId, id, scope.voter, helpful)
      : await this.articles.vote(tenantId, id, helpful);
    if (!counts) throw AppError.notFound('Article', id);
    return { helpful: counts.helpful, notHelpful: counts.not_helpful };
  }

  /** A published public article, counting the view; anything else is a 404. */
  async readPublic(tenantId: string, id: string): Promise<KbArticleModel> {
    const row = await this.publicArticle(tenantId, id);
    await this.articles.countView(tenantId, id);
    return articleModel({ ...row, views: row.views + 1 } as KbArticleEntity);
  }

  // ---- search ----

  /** Ranked hits with a highlighted snippet, in every language (see SearchScope). */
  async search(
    tenantId: string,
    q: string,
    limit: number,
    scope: SearchScope,
  ): Promise<KbSearchHitModel[]> {
    const needle = q.trim();
    if (!needle) return [];
    const within = { ...scope, limit };
    if (UNSPACED_SCRIPT.test(needle)) {
      const rows = await this.articles.searchSubstring(
        tenantId,
        escapeLike(needle.toLowerCase()),
        within,
      );
      return rows.map((r) => hit(r, substringSnippet(r.body, needle)));
    }
    const configs = scope.locale
      ? [searchConfigFor(scope.locale), 'kb_simple']
      : await this.configs(tenantId);
    const rows = await this.articles.searchWords(tenantId, needle, configs, within);
    return rows.map((r) => hit(r, r.snippet ?? ''));
  }

  /** Published articles (public or internal) relevant to any words of `text` (ticket subject and description). */
  /**
   * Articles relevant to a text (a ticket's subject and description): those in `language` (the
   * ticket's) first, then the best of the other languages to fill `limit`.
   */
  async suggest(
    tenantId: string,
    text: string,
    limit: number,
    language: string | null = null,
  ): Promise<KbSearchHitModel[]> {
    const needle = text.slice(0, 2000);
    const own = language
      ? await this.articles.searchWords(
          tenantId,
          needle,
          [searchConfigFor(language), 'kb_simple'],
          { audience: 'agents', limit, locale: language },
          { anyWord: true },
        )
      : [];
    const rest =
      own.length < limit
        ? await this.articles.searchWords(
            tenantId,
            needle,
            await this.configs(tenantId),
            { audience: 'agents', limit: limit + own.length },
            { anyWord: true },
          )
        : [];
    const seen = new Set(own.map((r) => r.id));
    return [...own, ...rest.filter((r) => !seen.has(r.id))]
      .slice(0, limit)
      .map((r) => hit(r, r.snippet ?? ''));
  }

  /** Languages in use change rarely: remembered per tenant for a minute. */
  private readonly configCache = new ExpiringCache<string[]>(60_000);

  private configs(tenantId: string): Promise<string[]> {
    return this.configCache.get(tenantId, async () => [
      ...new Set([...(await this.articles.configsInUse(tenantId)), 'kb_simple']),
    ]);
  }

  private async published(tenantId: string, article: KbArticleModel, actor: Actor): Promise<void> {
    await this.outbox.publish(tenantId, {
      type: 'kb.article_published',
      resourceType: 'kb_article',
      resourceId: article.id,
      data: { article },
      actor,
    });
  }

  private async publicArticle(tenantId: string, id: string): Promise<KbArticleEntity> {
    const row = await this.articles.findById(tenantId, id);
    if (!row || row.status !== 'published' || row.visibility !== 'public')
      throw AppError.notFound('Article', id);
    return row;
  }

  /** Translations point at the group's original, whichever member they name. */
  private async translationRoot(tenantId: string, id: string): Promise<string> {
    const original = await this.articles.findById(tenantId, id);
    if (!original) throw AppError.missingReference('Article', id, 'translationOf');
    return original.translationOf ?? original.id;
  }
}

function hit(r: SearchRow, snippet: string): KbSearchHitModel {
  return {
    id: r.id,
    title: r.title,
    locale: r.locale,
    categoryId: r.category_id,
    visibility: r.visibility,
    snippet,
    score: Number(r.score),
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A window of the body around the first match, the match wrapped in <mark>. */
export function substringSnippet(body: string, needle: string): string {
  const at = body.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return escapeHtml(body.slice(0, SNIPPET_CHARS));
  const start = Math.max(0, at - SNIPPET_CHARS / 2);
  const end = Math.min(body.length, at + needle.length + SNIPPET_CHARS / 2);
  return `${start > 0 ? '… ' : ''}${escapeHtml(body.slice(start, at))}<mark>${escapeHtml(body.slice(at, at + needle.length))}</mark>${escapeHtml(body.slice(at + needle.length, end))}${end < body.length ? ' …' : ''}`;
}

function categoryModel(c: KbCategoryEntity): KbCategoryModel {
  return {
    id: c.id,
    name: c.name,
    parentId: c.parentId,
    position: c.position,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function articleModel(a: KbArticleEntity): KbArticleModel {
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    locale: a.locale,
    categoryId: a.categoryId,
    tags: a.tags,
    visibility: a.visibility,
    status: a.status,
    translationOf: a.translationOf,
    publishedAt: a.publishedAt,
    views: a.views,
    votes: { helpful: a.helpful, notHelpful: a.notHelpful },
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
