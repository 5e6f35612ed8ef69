import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldErrorModel {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** RFC 9457 problem details, served as application/problem+json. */
export class ProblemModel {
  @ApiProperty({ example: '/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Invalid request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'email: email must be an email' })
  detail: string;

  @ApiPropertyOptional({ example: '/v1/agents' })
  instance?: string;

  @ApiPropertyOptional({ description: 'Echoes x-request-id; quote it when reporting a problem.' })
  requestId?: string;

  @ApiPropertyOptional({ type: () => [FieldErrorModel] })
  errors?: FieldErrorModel[];
}

/** What each problem status means, wherever an operation can answer it. */
export const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: an unknown or malformed field, query parameter or header (`errors` lists each).',
  401: 'No credential, or one that is invalid, expired or revoked (`Authorization: Bearer …`).',
  403: 'The credential is valid but lacks the scope this operation needs.',
  404: 'No such resource in your tenant (another tenant’s resource gets the same answer).',
  409: 'Conflict with the current state (see `detail`).',
  410: 'Gone.',
  412: '`If-Match` does not match the current version: read it again, then retry.',
  413: 'Body larger than `BODY_LIMIT` (1 MB by default).',
  415: 'Body is not `application/json`.',
  422: 'Refused: the request is valid but cannot be applied (see `detail`).',
  429: 'Rate limited: retry after `Retry-After` seconds (see the `RateLimit-*` headers).',
  500: 'Unexpected error; no internals are returned. Quote the `requestId`.',
  503: 'Unavailable: the database does not answer, or the instance is shutting down.',
};

export const PROBLEM_JSON = 'application/problem+json';
export const problemContent = () => ({
  [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/ProblemModel' } },
});

/**
 * Declares problem responses (`application/problem+json`) for the given statuses, with the
 * standard description or your own: `@ApiProblems(400, 404, { 422: 'Closed tickets are final.' })`.
 * Statuses every operation of a kind can answer (401/403 with a credential, 404 with an id in
 * the path, 409/422 of Idempotency-Key, 412 with If-Match, 413/415 with a body, 429) are added
 * by the document's conventions (src/common/openapi); declare the ones specific to the operation.
 */
export function ApiProblems(...entries: Array<number | Record<number, string>>) {
  const statuses: Array<[number, string]> = entries.flatMap((e) =>
    typeof e === 'number'
      ? [[e, PROBLEM_DESCRIPTIONS[e] ?? 'Problem'] as [number, string]]
      : Object.entries(e).map(([k, v]) => [Number(k), v] as [number, string]),
  );
  return applyDecorators(
    ...statuses.map(([status, description]) =>
      ApiResponse({ status, description, content: problemContent() }),
    ),
  );
}
