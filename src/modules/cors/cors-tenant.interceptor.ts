import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { getRequest } from '../../common/auth/get-request';
import { CorsOrigins } from './cors-origins.service';
import { PUBLIC_PREFIX } from './cors.policy';

const CORS_RESPONSE_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Expose-Headers',
];

/**
 * The second half of the CORS decision: the `cors` middleware allowed the origin because some
 * tenant allows it; once the credential is known, an origin that the caller's own tenant does
 * not allow (nor CORS_ORIGINS) loses its CORS headers, so the browser keeps the response from
 * the page. The request itself is not refused: CORS protects readers, not the server.
 */
@Injectable()
export class CorsTenantInterceptor implements NestInterceptor {
  constructor(private readonly origins: CorsOrigins) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const type = ctx.getType<string>();
    if (type !== 'http' && type !== 'graphql') return next.handle();
    const req = getRequest(ctx);
    const origin = req?.headers?.origin;
    const tenantId = req?.principal?.tenantId;
    if (!origin || !tenantId || req.path?.startsWith(PUBLIC_PREFIX)) return next.handle();
    const res: Response | undefined =
      type === 'graphql'
        ? GqlExecutionContext.create(ctx).getContext<{ res?: Response }>().res
        : ctx.switchToHttp().getResponse<Response>();
    return from(this.origins.allowedForTenant(tenantId, origin)).pipe(
      switchMap((ok) => {
        if (!ok && res && !res.headersSent) {
          for (const h of CORS_RESPONSE_HEADERS) res.removeHeader(h);
        }
        return next.handle();
      }),
    );
  }
}
