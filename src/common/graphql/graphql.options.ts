import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { formatGraphQLError } from './graphql-errors';
import { GraphQLContext, Loaders } from './loaders';
import { MAX_DEPTH } from './complexity.plugin';

export function graphqlOptions(): ApolloDriverConfig {
  return {
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
