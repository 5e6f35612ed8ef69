import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { TicketsService } from '../tickets/tickets.service';
import { SearchResultsModel } from './dto/search-hit.model';
import { KnowledgeBaseService } from './knowledge-base.service';

@ApiTags('Knowledge base')
@Controller('v1/tickets/:id/suggested-articles')
export class SuggestedArticlesController {
  constructor(
    private readonly kb: KnowledgeBaseService,
    private readonly tickets: TicketsService,
  ) {}

  @Get()
  @RequireScopes('tickets:read', 'tickets:write')
  @ApiOperation({
    operationId: 'listSuggestedArticles',
    summary: "Published articles relevant to the ticket's subject and description",
    description: "Articles in the ticket's language come first.",
  })
  @ApiOkResponse({ type: SearchResultsModel })
  @ApiProblems(404)
  async suggest(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
  ): Promise<SearchResultsModel> {
    const ticket = await this.tickets.get(tenantId, id);
    return {
      data: await this.kb.suggest(
        tenantId,
        `${ticket.subject} ${ticket.description}`,
        5,
        ticket.language,
      ),
      nextCursor: null,
    };
  }
}
