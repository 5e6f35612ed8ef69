import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { getRequest } from '../auth/get-request';
import { AppError } from '../errors/app-error';
import { NO_TENANT } from '../../database/ids';

/**
 * Rate limit per credential (API key, agent, portal customer; client IP when anonymous), over
 * every route together, with IETF `RateLimit-*` headers and `Retry-After` on a 429.
 */
@Injectable()
export class CredentialThrottlerGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const p = req.principal as { kind: string; id: string; tenantId: string | null } | undefined;
    if (p) return `${p.tenantId ?? NO_TENANT}|${p.kind}:${p.id}`;
    return `${NO_TENANT}|ip:${req.ip ?? 'unknown'}`;
  }

  protected override generateKey(_ctx: ExecutionContext, tracker: string, name: string): string {
    return name === 'default' ? tracker : `${tracker}#${name}`;
  }

  protected override getRequestResponse(ctx: ExecutionContext): {
    req: Record<string, any>;
    res: Record<string, any>;
  } {
    const req = getRequest(ctx);
    return {
      req,
      res: (req.res ?? ctx.switchToHttp().getResponse()) as unknown as Record<string, any>,
    };
  }

  protected override async throwThrottlingException(
    _ctx: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = String(detail.timeToBlockExpire || detail.timeToExpire);
    throw new AppError(
      'rate_limited',
      `Rate limit of ${detail.limit} requests per ${detail.ttl === 60_000 ? 'minute' : `${detail.ttl / 1000} s`} exceeded for this credential. Retry after ${retryAfter} s.`,
      undefined,
      undefined,
      {
        'Retry-After': retryAfter,
        'RateLimit-Limit': String(detail.limit),
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': String(detail.timeToExpire),
      },
    );
  }
}
