import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { SLUG_PATTERN } from '../tenants/dto/create-tenant.input';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { ApiProblems } from '../../common/errors/problem.model';
import { TenantsService } from '../tenants/tenants.service';
import { KbArticleModel, KbVotesModel } from './dto/article.model';
import { KbSearchArgs } from './dto/kb-search.args';
import { SearchResultsModel } from './dto/search-hit.model';
import { VoteInput } from './dto/vote.input';
import type { Request } from 'express';
import { KnowledgeBaseService } from './knowledge-base.service';
import { VoterFingerprint } from './voter-fingerprint';

/** The self-service help center: no credential, published public articles of one tenant. */
@ApiTags('Knowledge base (public)')
@ApiParam({
  name: 'tenantSlug',
  description: 'The tenant’s slug (its help center).',
  schema: { type: 'string', maxLength: 63, pattern: SLUG_PATTERN.source },
})
@Controller('v1/public/:tenantSlug/kb')
export class PublicKbController {
  constructor(
    private readonly kb: KnowledgeBaseService,
    private readonly tenants: TenantsService,
    private readonly voters: VoterFingerprint,
  ) {}

  @Get('search')
  @Public()
  @ApiOperation({
    operationId: 'searchPublicKbArticles',
    summary: 'Search the public help center',
    description: 'Published `public` articles only.',
  })
  @ApiOkResponse({ type: SearchResultsModel })
  @ApiProblems(400, 404)
  async search(
    @Param('tenantSlug') slug: string,
    @Query() query: KbSearchArgs,
  ): Promise<SearchResultsModel> {
    const tenantId = await this.tenantOf(slug);
    return {
      data: await this.kb.search(tenantId, query.q, query.limit, {
        audience: 'public',
        locale: query.locale,
      }),
      nextCursor: null,
    };
  }

  @Get('articles/:id')
  @Public()
  @ApiOperation({
    operationId: 'getPublicKbArticle',
    summary: 'Read a public article',
    description: 'Counts a view.',
  })
  @ApiOkResponse({ type: KbArticleModel })
  @ApiProblems(404)
  async article(@Param('tenantSlug') slug: string, @Param('id') id: string) {
    return this.kb.readPublic(await this.tenantOf(slug), id);
  }

  @Post('articles/:id/votes')
  @Public()
  @ApiOperation({
    operationId: 'votePublicKbArticle',
    summary: '"Was this helpful?" from the help center',
    description:
      'Counts a helpful / not helpful vote from a help-center reader on a published public article; returns the totals. One vote per client (address and user agent) and article: voting again replaces the earlier vote, it never adds one. Rate limited per client address.',
  })
  @ApiCreatedResponse({ type: KbVotesModel })
  @ApiProblems(400, 404)
  async vote(
    @Param('tenantSlug') slug: string,
    @Param('id') id: string,
    @Body() input: VoteInput,
    @Req() req: Request,
  ) {
    const voter = this.voters.of({ ip: req.ip, userAgent: req.header('user-agent') });
    return this.kb.vote(await this.tenantOf(slug), id, input.helpful, {
      audience: 'public',
      voter,
    });
  }

  private async tenantOf(slug: string): Promise<string> {
    const tenant = await this.tenants.findBySlug(slug);
    if (!tenant) throw new AppError('not_found', `There is no help center at ${slug}.`);
    return tenant.id;
  }
}
