import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request } from 'express';
import {
  DocumentNode,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { depthLimit } from '../../common/graphql/depth-limit';
import type { IncomingMessage } from 'node:http';
import { CredentialRevocations } from '../../common/auth/credential-revocations';
import type { Principal } from '../../common/auth/principal';
import { complexityError, MAX_DEPTH } from '../../common/graphql/complexity.plugin';
import { Loaders } from '../../common/graphql/loaders';
import { AuthService } from '../auth/auth.service';
import { CorsOrigins } from '../cors/cors-origins.service';

interface Extra {
  request: IncomingMessage;
  socket?: { close(code: number, reason: string): void };
  principal?: Principal;
}

/** graphql-ws's close code for a connection whose credential is not (or no longer) valid. */
const UNAUTHORIZED = 4401;

/** `connection_init` payload: `{authorization: "Bearer <credential>"}` or `{token}`. */
function secretOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== 'string') return null;
  return raw.replace(/^Bearer\s+/i, '').trim() || null;
}

/**
 * GraphQL over WebSocket (graphql-ws, at /graphql): the connection authenticates once in
 * `connection_init` with any credential (a stream token included: subscriptions only), a page's
 * Origin must be allowed for that tenant, and every operation passes the same depth and
 * complexity limits as over HTTP. Resolvers then see the principal like on HTTP (the global
 * guard checks scopes on each subscription).
 */
@Injectable()
export class GraphqlWsOptions {
  /** Open connections by the id of their credential (API key, agent, customer). */
  private readonly connections = new Map<string, Set<Extra>>();

  constructor(
    private readonly auth: AuthService,
    private readonly origins: CorsOrigins,
    private readonly moduleRef: ModuleRef,
    revocations: CredentialRevocations,
  ) {
    // A connection is closed when its credential is revoked or changes, on every instance, at
    // the change's commit; the client connects again and is authenticated again.
    revocations.subscribe({
      revoked: (id, local) => {
        if (local) return; // Not committed yet: the notification follows at commit.
        for (const extra of this.connections.get(id) ?? []) {
          extra.socket?.close(UNAUTHORIZED, 'The credential was revoked or changed');
        }
      },
    });
  }

  options(): GraphQLWsSubscriptionsConfig {
    return {
      path: '/graphql',
      connectionInitWaitTimeout: 5000,
      onConnect: async (ctx) => {
        const extra = ctx.extra as Extra;
        const secret = secretOf(ctx.connectionParams);
        const principal = secret ? await this.auth.authenticate(secret) : null;
        if (!principal?.tenantId) return false;
        const origin = extra.request.headers.origin;
        if (origin && !(await this.origins.allowedForTenant(principal.tenantId, origin)))
          return false;
        extra.principal = principal;
        let open = this.connections.get(principal.id);
        if (!open) this.connections.set(principal.id, (open = new Set()));
        open.add(extra);
        return true;
      },
      onClose: (ctx) => {
        const extra = ctx.extra as Extra;
        const id = extra.principal?.id;
        const open = id ? this.connections.get(id) : undefined;
        if (!id || !open) return;
        open.delete(extra);
        if (open.size === 0) this.connections.delete(id);
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const extra = ctx.extra as Extra;
        const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('Invalid query')];
        }
        const errors = validate(schema, document, [...specifiedRules, depthLimit(MAX_DEPTH)]);
        if (errors.length) return errors;
        const tooComplex = complexityError(
          schema,
          document,
          payload.operationName,
          payload.variables ?? undefined,
        );
        if (tooComplex) return [tooComplex];
        const principal = extra.principal!;
        const operation = getOperationAST(document, payload.operationName)?.operation;
        if (principal.via === 'stream_token' && operation !== 'subscription') {
          return [
            new GraphQLError('A stream token opens subscriptions only.', {
              extensions: { code: 'UNAUTHENTICATED', status: 401 },
            }),
          ];
        }
        const req = {
          // The connection is the credential's: its stream-token origin no longer limits routes.
          principal: { ...principal, via: undefined },
          headers: {},
          query: {},
          header: () => undefined,
          ip: extra.request.socket.remoteAddress,
        } as unknown as Request;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: { req, loaders: new Loaders() },
        };
      },
    };
  }
}
