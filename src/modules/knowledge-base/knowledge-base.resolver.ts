import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { actorOf, Principal } from '../../common/auth/principal';
import { ConnectionArgs } from '../../common/pagination/page.args';
import { ConnectionType, toConnection } from '../../common/pagination/connection.model';
import { KbArticleModel } from './dto/article.model';
import { CreateArticleInput } from './dto/create-article.input';
import { KbSearchArgs } from './dto/kb-search.args';
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
  kbSearch(@CurrentTenant() tenantId: string, @Args() args: KbSearchArgs) {
    return this.kb.search(tenantId, args.q, args.limit, {
      audience: 'agents',
      locale: args.locale ?? undefined,
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
