import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { ApiProblems } from '../../common/errors/problem.model';
import { AuthService } from './auth.service';
import { TokenInput } from './dto/token.input';
import { TokenModel } from './dto/token.model';

@ApiTags('Auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('token')
  @Header('Cache-Control', 'no-store')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    operationId: 'createAccessToken',
    summary: 'Sign in as an agent',
    description: "Returns a short-lived access token that acts with the agent's role.",
  })
  @ApiOkResponse({ type: TokenModel })
  @ApiUnauthorizedResponse({ description: 'Unknown tenant, email or password, or inactive agent.' })
  @ApiProblems(400)
  token(@Body() input: TokenInput): Promise<TokenModel> {
    return this.auth.issueAgentToken(input);
  }
}
