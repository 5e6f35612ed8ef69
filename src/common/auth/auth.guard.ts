import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../errors/app-error';
import { PUBLIC_KEY, SCOPES_KEY } from './auth.decorators';
import { getRequest } from './get-request';
import { Principal } from './principal';
import { hasScope } from './scopes';

/**
 * The one global guard, for REST and GraphQL. Deny by default: a route must say @Public() or
 * @RequireScopes(...). Authenticates the bearer secret through Passport, then checks scopes.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard('bearer') {
  constructor(private readonly reflector: Reflector) {
    super({ session: false });
  }

  override getRequest(ctx: ExecutionContext) {
    return getRequest(ctx);
  }

  getResponse(ctx: ExecutionContext) {
    if (ctx.getType<string>() === 'graphql')
      return GqlExecutionContext.create(ctx).getContext().res;
    return ctx.switchToHttp().getResponse();
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const scopes = this.reflector.getAllAndOverride<string[] | undefined>(SCOPES_KEY, targets);
    if (!scopes)
      throw new AppError('forbidden', 'This route declares no access policy and is closed.');

    await super.canActivate(ctx);
    const principal = getRequest(ctx).principal as Principal;
    if (!scopes.some((s) => hasScope(principal.scopes, s))) {
      const what = principal.kind === 'portal' ? 'A portal token' : 'This credential';
      throw new AppError(
        'forbidden',
        `${what} lacks the scope for this operation; it needs one of: ${scopes.join(', ')}.`,
      );
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, _info: unknown, ctx: ExecutionContext): T {
    if (err) throw err;
    if (!user) {
      const header = getRequest(ctx).header('authorization');
      throw new AppError(
        'unauthenticated',
        header
          ? 'The bearer credential is invalid, expired or revoked.'
          : 'Send a credential: Authorization: Bearer <API key or access token>.',
      );
    }
    getRequest(ctx).principal = user as unknown as Principal;
    return user;
  }
}
