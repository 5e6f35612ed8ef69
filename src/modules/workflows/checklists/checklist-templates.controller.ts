import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentTenant, RequireScopes } from '../../../common/auth/auth.decorators';
import { ApiProblems } from '../../../common/errors/problem.model';
import { ApiIfMatch, IfMatch, ExpectedVersion } from '../../../common/http/if-match';
import { PageQuery } from '../../../common/pagination/page.args';
import { PageOf } from '../../../common/pagination/page.model';
import { CreateChecklistTemplateInput, UpdateChecklistTemplateInput } from '../dto/checklist.input';
import { ChecklistTemplateModel } from '../dto/checklist.model';
import { ChecklistsService } from './checklists.service';

const TemplatePage = PageOf(ChecklistTemplateModel, 'ChecklistTemplatePage');

@ApiTags('Checklists')
@Controller('v1/checklist-templates')
export class ChecklistTemplatesController {
  constructor(private readonly checklists: ChecklistsService) {}

  @Post()
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'createChecklistTemplate',
    summary: 'Create a checklist template',
    description:
      'Ordered items, some `required`. With `appliesTo`, the template attaches itself to new tickets of that type and/or category.',
  })
  @ApiCreatedResponse({ type: ChecklistTemplateModel })
  @ApiProblems(400)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateChecklistTemplateInput) {
    return this.checklists.createTemplate(tenantId, input);
  }

  @Get()
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'listChecklistTemplates',
    summary: 'List checklist templates',
    description: 'Keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: TemplatePage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.checklists.listTemplates(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('workflows:read', 'workflows:write')
  @ApiOperation({
    operationId: 'getChecklistTemplate',
    summary: 'Get a checklist template',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: ChecklistTemplateModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.checklists.getTemplate(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'updateChecklistTemplate',
    summary: 'Update a checklist template',
    description: 'Checklists already attached to tickets keep their items.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: ChecklistTemplateModel })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateChecklistTemplateInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.checklists.updateTemplate(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'deleteChecklistTemplate',
    summary: 'Delete a checklist template',
    description: 'Checklists already attached to tickets stay.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.checklists.deleteTemplate(tenantId, id, version);
  }
}
