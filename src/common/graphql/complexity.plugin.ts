import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_COMPLEXITY = 1000;
export const MAX_DEPTH = 8;

/**
 * Refuses operations whose estimated cost exceeds MAX_COMPLEXITY before anything resolves.
 * List fields multiply their children's cost by `first` (default 25).
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const schema = this.schemaHost.schema;
    return {
      async didResolveOperation({ request, document }) {
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [
            fieldExtensionsEstimator(),
            ({ args, childComplexity }) => {
              const first = typeof args.first === 'number' ? args.first : undefined;
              return first !== undefined ? 1 + childComplexity * first : undefined;
            },
            simpleEstimator({ defaultComplexity: 1 }),
          ],
        });
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`Query is too complex: ${complexity} > ${MAX_COMPLEXITY}. Ask for fewer fields or smaller pages.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', status: 400 },
          });
        }
      },
    };
  }
}
