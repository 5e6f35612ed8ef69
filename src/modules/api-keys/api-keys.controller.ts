import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, CurrentTenant, RequireScopes } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ApiProblems } from '../../common/errors/problem.model';
import { ApiIfMatch, ExpectedVersion, IfMatch } from '../../common/http/if-match';
import { PageQuery } from '../../common/pagination/page.args';
import { PageOf } from '../../common/pagination/page.model';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyModel, CreatedApiKeyModel } from './dto/api-key.model';
import { CreateApiKeyInput } from './dto/create-api-key.input';

const ApiKeyPage = PageOf(ApiKeyModel, 'ApiKeyPage');

@ApiTags('API keys')
@Controller('v1/api-keys')
@RequireScopes('admin')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key',
    description:
      'The `key` is shown once; only its SHA-256 hash is stored. A key can never have scopes its creator lacks.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyModel })
  @ApiProblems(400, 409, 422)
  create(
    @CurrentTenant() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateApiKeyInput,
  ) {
    return this.apiKeys.create(tenantId, principal, input);
  }

  @Get()
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: 'List API keys (no secrets)',
    description:
      'Every key of the tenant with its `prefix`, scopes, expiry and `lastUsedAt`; the secret itself is never shown again.',
  })
  @ApiOkResponse({ type: ApiKeyPage })
  @ApiProblems(400)
  list(@CurrentTenant() tenantId: string, @Query() page: PageQuery) {
    return this.apiKeys.list(tenantId, page);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getApiKey',
    summary: 'Get an API key (no secret)',
    description: 'The key without its secret (`prefix` identifies it).',
  })
  @ApiOkResponse({ type: ApiKeyModel })
  @ApiProblems(404)
  get(@CurrentTenant() tenantId: string, @Param('id') id: string) {
    return this.apiKeys.get(tenantId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'Requests with the key get 401 from now on.',
  })
  @ApiIfMatch()
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 412)
  async revoke(
    @CurrentTenant() tenantId: string,
    @Param('id') id: string,
    @IfMatch() version?: ExpectedVersion,
  ): Promise<void> {
    await this.apiKeys.revoke(tenantId, id, version);
  }
}
