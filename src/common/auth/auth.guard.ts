import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../errors/app-error';
import type { Request } from 'express';
import { PUBLIC_KEY, SCOPES_KEY, STREAM_TOKEN_KEY } from './auth.decorators';
import { getRequest } from './get-request';
import { Principal } from './principal';
import { authConfig } from '../../config/configuration';
import { hasScope, PLATFORM_SCOPE } from './scopes';

/**
 * The one global guard, for REST and GraphQL. Deny by default: a route must say @Public() or
 * @RequireScopes(...). Authenticates the bearer secret through Passport, then checks scopes.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard('bearer') {
  constructor(
    private readonly reflector: Reflector,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
  ) {
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

    const req = getRequest(ctx);
    const acceptsStreamToken = this.reflector.getAllAndOverride<boolean>(STREAM_TOKEN_KEY, targets);
    // Already authenticated: another root field of the same GraphQL request, or a GraphQL
    // subscription whose WebSocket authenticated in `connection_init`.
    if (!req.principal) await this.authenticate(ctx, req, acceptsStreamToken === true);
    const principal = req.principal as Principal;
    if (principal.via === 'stream_token' && !acceptsStreamToken) {
      throw new AppError('unauthenticated', 'A stream token opens event streams only.');
    }
    if (!scopes.some((s) => hasScope(principal.scopes, s))) {
      const what = principal.kind === 'portal' ? 'A portal token' : 'This credential';
      throw new AppError(
        'forbidden',
        `${what} lacks the scope for this operation; it needs one of: ${scopes.join(', ')}.`,
      );
    }
    return true;
  }

  private async authenticate(
    ctx: ExecutionContext,
    req: Request,
    acceptsStreamToken: boolean,
  ): Promise<void> {
    const query = (req.query ?? {}) as Record<string, unknown>;
    if (query.access_token !== undefined) {
      throw new AppError(
        'unauthenticated',
        'Credentials never go in a URL: send Authorization: Bearer <credential>.',
      );
    }
    const fromUrl =
      acceptsStreamToken && typeof query.token === 'string' && !req.headers.authorization;
    if (fromUrl) req.headers.authorization = `Bearer ${query.token as string}`;
    await super.canActivate(ctx);
    if (fromUrl && req.principal?.via !== 'stream_token') {
      req.principal = undefined;
      throw new AppError(
        'unauthenticated',
        'Only a stream token (POST /v1/events/stream-tokens) may be sent in the URL; send other credentials as Authorization: Bearer <credential>.',
      );
    }
  }

  override handleRequest<T>(err: unknown, user: T, _info: unknown, ctx: ExecutionContext): T {
    if (err) throw err;
    if (!user) {
      const header = getRequest(ctx).header('authorization');
      const scopes = this.reflector.getAllAndOverride<string[] | undefined>(SCOPES_KEY, [
        ctx.getHandler(),
        ctx.getClass(),
      ]);
      if (scopes?.includes(PLATFORM_SCOPE) && !this.auth.platformAdminToken) {
        throw new AppError(
          'unauthenticated',
          'This needs the platform admin token, and this service has none: start it with PLATFORM_ADMIN_TOKEN set (16 characters or more), then send that value as Authorization: Bearer <token>.',
        );
      }
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
