import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { toGraphQLError } from '../graphql/graphql-errors';
import { IdempotentReplay } from '../idempotency/idempotency.interceptor';
import { AppError } from './app-error';
import { sendProblem, toAppError } from './problem';

/** Turns every error into an RFC 9457 problem (REST) or a coded GraphQL error. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (exception instanceof IdempotentReplay && host.getType() === 'http') {
      return replay(
        exception,
        host.switchToHttp().getRequest<Request>(),
        host.switchToHttp().getResponse<Response>(),
      );
    }
    const err = toAppError(exception);
    if (err.code === 'internal') {
      const req =
        host.getType<string>() === 'graphql'
          ? GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req
          : host.switchToHttp().getRequest<Request>();
      this.logger.error({ err: exception, requestId: req?.id }, 'unhandled error');
    }
    if (host.getType<string>() === 'graphql') return toGraphQLError(err);

    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) return undefined;
    sendProblem(res, http.getRequest<Request>(), err);
    return undefined;
  }
}

function replay(r: IdempotentReplay, req: Request, res: Response): void {
  res.setHeader('Idempotent-Replayed', 'true');
  const stored = r.body as {
    __problem?: boolean;
    code?: AppError['code'];
    detail?: string;
    errors?: AppError['errors'];
    typeSuffix?: string;
  } | null;
  if (stored?.__problem && stored.code) {
    sendProblem(
      res,
      req,
      new AppError(stored.code, stored.detail ?? '', stored.errors, stored.typeSuffix),
    );
    return;
  }
  for (const [k, v] of Object.entries(r.headers)) if (k !== 'content-type') res.setHeader(k, v);
  res.status(r.status).json(r.body);
}
