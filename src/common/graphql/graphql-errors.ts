import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors/app-error';
import { ERROR_CODES } from '../errors/error-codes';
import { toAppError } from '../errors/problem';

export function toGraphQLError(err: AppError): GraphQLError {
  const def = ERROR_CODES[err.code];
  return new GraphQLError(err.detail, {
    extensions: {
      code: def.graphql,
      status: def.status,
      ...(err.errors?.length ? { errors: err.errors } : {}),
    },
  });
}

/**
 * Apollo's formatError: coded errors pass through; anything else (a resolver bug) loses its
 * message and stack, exactly like a REST 500.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Our codes, and Apollo's own validation/parse codes (GRAPHQL_VALIDATION_FAILED…).
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Apollo's own request errors (a persisted-query hash that does not match…) carry an HTTP
  // 4xx but no code: the client's mistake, said in Apollo's words, not an internal error.
  const http = (error as GraphQLError | undefined)?.extensions?.http as
    { status?: number } | undefined;
  if (
    error instanceof GraphQLError &&
    !error.originalError &&
    http?.status &&
    http.status >= 400 &&
    http.status < 500
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_REQUEST', status: http.status },
    };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const app = toAppError(original);
  return {
    message: app.detail,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ERROR_CODES[app.code].graphql, status: ERROR_CODES[app.code].status },
  };
}
