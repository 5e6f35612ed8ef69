import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiQuery } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { AppError } from '../errors/app-error';
import { ApiProblems } from '../errors/problem.model';
import { UNTHROTTLED } from '../openapi/conventions';
import { getRequest } from './get-request';
import { Principal } from './principal';
import { RequiredScope } from './scopes';

export const SCOPES_KEY = 'auth:scopes';
export const PUBLIC_KEY = 'auth:public';

/** Declares the scopes a route needs (any one of them) and its Swagger security. */
export function RequireScopes(...scopes: RequiredScope[]) {
  return applyDecorators(
    SetMetadata(SCOPES_KEY, scopes),
    ApiBearerAuth(),
    ApiProblems(401, {
      403: `The credential lacks the scope: it needs one of ${scopes.join(', ')}.`,
    }),
  );
}

export const STREAM_TOKEN_KEY = 'auth:stream-token';

/**
 * An event-stream route: it also takes a stream token in the `token` query parameter (browsers'
 * `EventSource` cannot send headers). Stream tokens open such routes and nothing else.
 */
export function AcceptsStreamToken() {
  return applyDecorators(
    SetMetadata(STREAM_TOKEN_KEY, true),
    ApiQuery({
      name: 'token',
      required: false,
      description:
        'A stream token from `POST /v1/events/stream-tokens`, for clients that cannot send an Authorization header. Never an API key.',
    }),
  );
}

/** A route anyone may call. Routes without @Public() or @RequireScopes() are refused. */
export function Public(options: { throttle?: boolean } = {}) {
  const decorators: Array<ClassDecorator | MethodDecorator> = [SetMetadata(PUBLIC_KEY, true)];
  if (options.throttle === false) decorators.push(SkipThrottle(), ApiExtension(UNTHROTTLED, true));
  return applyDecorators(...decorators);
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => {
    const principal = getRequest(ctx).principal;
    if (!principal) {
      throw new Error('@CurrentPrincipal() used on a route that no guard authenticated');
    }
    return principal;
  },
);

/**
 * The tenant id of the authenticated caller. Throws when no guard set one, so a route that
 * forgot its guard fails loudly instead of leaking across tenants.
 */
export const CurrentTenant = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const tenantId = getRequest(ctx).principal?.tenantId;
  if (!tenantId) {
    if (getRequest(ctx).principal?.kind === 'platform') {
      throw new AppError(
        'forbidden',
        'The platform admin token acts on no tenant; use a tenant API key.',
      );
    }
    throw new Error('@CurrentTenant() used on a route that no guard authenticated');
  }
  return tenantId;
});
