import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_COMPLEXITY = 5000;
export const MAX_DEPTH = 8;
const LIST_ESTIMATE = 10;

/**
 * The error for an operation whose estimated cost exceeds MAX_COMPLEXITY, or null. Connections
 * multiply their children's cost by `first` (default 25); other nested lists by LIST_ESTIMATE.
 * Used for HTTP operations (ComplexityPlugin) and WebSocket subscriptions alike.
 */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const complexity = getComplexity({
    schema,
    operationName: operationName ?? undefined,
    query: document,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      ({ args, childComplexity, field }) => {
        if (typeof args.first === 'number') return 1 + childComplexity * args.first;
        // Nested lists without `first` (e.g. group.agents) count as LIST_ESTIMATE items.
        if (
          field.name !== 'nodes' &&
          field.name !== 'edges' &&
          isListType(getNullableType(field.type))
        )
          return 1 + childComplexity * LIST_ESTIMATE;
        return undefined;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
  if (complexity <= MAX_COMPLEXITY) return null;
  return new GraphQLError(
    `Query is too complex: ${complexity} > ${MAX_COMPLEXITY}. Ask for fewer fields or smaller pages.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', status: 400, http: { status: 400 } } },
  );
}

/** Refuses operations whose estimated cost exceeds MAX_COMPLEXITY before anything resolves. */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const schema = this.schemaHost.schema;
    return {
      async didResolveOperation({ request, document }) {
        const error = complexityError(schema, document, request.operationName, request.variables);
        if (error) throw error;
      },
    };
  }
}
