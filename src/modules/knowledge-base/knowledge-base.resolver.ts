import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ConnectionArgs } from '../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { KbArticleModel } from './dto/article.model';
import { CreateArticleInput } from './dto/create-article.input';
import { KbSearchHitModel } from './dto/search-hit.model';
import { KnowledgeBaseService } from './knowledge-base.service';

const ArticleConnection = ConnectionType(KbArticleModel, 'KbArticle');

@Resolver(() => KbArticleModel)
export class KnowledgeBaseResolver {
  constructor(private readonly kb: KnowledgeBaseService) {}

  @Query(() => [KbSearchHitModel], {
    description: 'Published articles, best first, with a highlighted snippet.',
  })
  @RequireScopes('kb:read', 'kb:write')
  kbSearch(
    @CurrentTenant() tenantId: string,
    @Args('q') q: string,
    @Args('locale', { nullable: true }) locale?: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit?: number,
  ) {
    return this.kb.search(tenantId, q.slice(0, 200), Math.min(Math.max(limit ?? 10, 1), 50), {
      audience: 'agents',
      locale: locale ?? undefined,
    });
  }

  @Query(() => KbArticleModel)
  @RequireScopes('kb:read', 'kb:write')
  article(@CurrentTenant() tenantId: string, @Args('id', { type: () => ID }) id: string) {
    return this.kb.getArticle(tenantId, id);
  }

  @Query(() => ArticleConnection)
  @RequireScopes('kb:read', 'kb:write')
  async articles(@CurrentTenant() tenantId: string, @Args() args: ConnectionArgs) {
    return toConnection(
      await this.kb.listArticles(tenantId, { limit: args.first, cursor: args.after }),
    );
  }

  @Mutation(() => KbArticleModel, { description: 'Creates a draft.' })
  @RequireScopes('kb:write')
  createArticle(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('input') input: CreateArticleInput,
  ) {
    return this.kb.createArticle(tenantId, input, actorOf(p));
  }

  @Mutation(() => KbArticleModel)
  @RequireScopes('kb:write')
  publishArticle(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.kb.publish(tenantId, id, actorOf(p));
  }
}
