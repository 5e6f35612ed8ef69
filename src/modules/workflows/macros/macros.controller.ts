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
  @ApiOperation({ summary: 'Create a macro (a canned response with actions)' })
  @ApiCreatedResponse({ type: MacroModel })
  @ApiProblems(400, 422)
  create(@CurrentTenant() tenantId: string, @Body() input: CreateMacroInput) {
    return this.macros.create(tenantId, input);
  }

  @Get()
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  @ApiOperation({ summary: 'List macros' })
  @ApiOkResponse({ type: MacroPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.macros.list(tenantId, page);
  }

  @Get(':id')
  @RequireScopes('workflows:read', 'workflows:write', 'tickets:write')
  @ApiOperation({ summary: 'Get a macro' })
  @ApiOkResponse({ type: MacroModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.macros.get(tenantId, id);
  }

  @Patch(':id')
  @RequireScopes('workflows:write')
  @ApiOperation({ summary: 'Update a macro' })
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
  @ApiOperation({ summary: 'Delete a macro' })
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
