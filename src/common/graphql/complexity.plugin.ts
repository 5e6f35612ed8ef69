import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Plugin } from '@nestjs/apollo';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_COMPLEXITY = 5000;
export const MAX_DEPTH = 8;
const LIST_ESTIMATE = 10;
/** A mutation does real work (a transaction): each costs this much, aliases included. */
const MUTATION_COST = 250;
/** At most this many mutation fields (aliases included) in one request. */
export const MAX_MUTATIONS = 10;

const tooComplex = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', status: 400, http: { status: 400 } },
  });

/** Root fields of the operation (aliases counted, fragments followed). */
function rootFields(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  walk(operation?.selectionSet);
  return { operation: operation?.operation, names };
}

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
  const root = rootFields(document, operationName);
  // Introspection (GraphiQL, codegen) is exempt: it is bounded by the schema, not by data.
  if (root.names.length > 0 && root.names.every((n) => n.startsWith('__'))) return null;
  if (root.operation === 'mutation' && root.names.length > MAX_MUTATIONS) {
    return tooComplex(
      `At most ${MAX_MUTATIONS} mutations per request (got ${root.names.length}); send them in several requests.`,
    );
  }
  let complexity: number;
  try {
    complexity = estimate(schema, document, operationName, variables);
  } catch {
    // A document whose cost cannot even be estimated (fragments fanned out without end).
    return tooComplex('Query is too complex to estimate: fewer fields or fragments.');
  }
  if (complexity <= MAX_COMPLEXITY) return null;
  return tooComplex(
    `Query is too complex: ${complexity} > ${MAX_COMPLEXITY}. Ask for fewer fields or smaller pages.`,
  );
}

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    operationName: operationName ?? undefined,
    query: document,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      ({ type, childComplexity }) =>
        type.name === 'Mutation' ? MUTATION_COST + childComplexity : undefined,
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
