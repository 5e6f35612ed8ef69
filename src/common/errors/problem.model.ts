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

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: unknown fields, wrong types or values (see `errors`).',
  404: 'No such resource in your tenant.',
  409: 'Conflict: duplicate, or a request with this Idempotency-Key is still running.',
  412: 'If-Match does not match the current version.',
  422: 'Refused: the request is valid but cannot be applied (see `detail`).',
};

/** Declares problem responses for the given statuses. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemModel' } },
        },
      }),
    ),
  );
}
