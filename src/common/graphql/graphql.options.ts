import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { formatGraphQLError } from './graphql-errors';
import { GraphQLContext, Loaders } from './loaders';
import { MAX_DEPTH } from './complexity.plugin';
import { depthLimit } from './depth-limit';

/** `subscriptions`: the graphql-ws options (auth in connection_init, limits), see LiveModule. */
export function graphqlOptions(subscriptions?: GraphQLWsSubscriptionsConfig): ApolloDriverConfig {
  return {
    ...(subscriptions ? { subscriptions: { 'graphql-ws': subscriptions } } : {}),
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_DEPTH)],
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
      req,
      res,
      loaders: new Loaders(),
    }),
  };
}
