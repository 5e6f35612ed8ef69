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
import { CreateMacroInput, MacroModel, UpdateMacroInput } from '../dto/macro.input';
import { MacrosService } from './macros.service';

const MacroPage = PageOf(MacroModel, 'MacroPage');

@ApiTags('Macros')
@Controller('v1/macros')
export class MacrosController {
  constructor(private readonly macros: MacrosService) {}

  @Post()
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'createMacro',
    summary: 'Create a macro (a canned response with actions)',
    description:
      '`body` may use placeholders (`{{customer.name}}`, `{{ticket.number}}`, …); `actions` run on the ticket when the macro is applied.',
  })
  @ApiCreatedResponse({ type: MacroModel })
  @ApiProblems(400, 422)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateMacroInput) {
    return this.macros.create(tenantId, input);
  }

  @Get()
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  @ApiOperation({
    operationId: 'listMacros',
    summary: 'List macros',
    description: 'Keyset-paginated with `limit` and `cursor`.',
  })
  @ApiOkResponse({ type: MacroPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.macros.list(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  @ApiOperation({
    operationId: 'getMacro',
    summary: 'Get a macro',
    description: 'Returns `ETag: "<version>"` for a later `If-Match`.',
  })
  @ApiOkResponse({ type: MacroModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.macros.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'updateMacro',
    summary: 'Update a macro',
    description: 'Only the fields sent change; `actions`, when given, replaces the list.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: MacroModel })
  @ApiProblems(400, 404, 412, 422)
  update(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @Body() input: UpdateMacroInput,
    @IfMatch() version?: ExpectedVersion,
  ) {
    return this.macros.update(tenantId, id, input, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('workflows:write')
  @ApiOperation({
    operationId: 'deleteMacro',
    summary: 'Delete a macro',
    description: 'Tickets it was applied to keep what it did.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(404, 412)
  async delete(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.macros.delete(tenantId, id, version);
  }
}
