import { BadRequestException, NotFoundException } from '@nestjs/common';
import { AppError } from './app-error';
import { toAppError, toProblem } from './problem';

describe('problems', () => {
  it('maps body-parser errors', () => {
    expect(toAppError({ type: 'entity.parse.failed', status: 400 }).code).toBe('malformed_json');
    expect(toAppError({ type: 'entity.too.large', status: 413, limit: 10 }).status).toBe(413);
  });

  it('maps Nest exceptions and unknown routes', () => {
    expect(toAppError(new NotFoundException('Cannot GET /nope')).code).toBe('route_not_found');
    expect(toAppError(new BadRequestException('x')).status).toBe(400);
  });

  it('hides internals of unexpected errors', () => {
    const err = toAppError(new Error('password=hunter2 at db.ts:42'));
    expect(err.status).toBe(500);
    expect(JSON.stringify(toProblem(err))).not.toContain('hunter2');
  });

  it('writes RFC 9457 fields', () => {
    const p = toProblem(AppError.validation([{ field: 'email', message: 'must be an email' }]));
    expect(p).toMatchObject({
      type: '/problems/validation-failed',
      status: 400,
      errors: [{ field: 'email' }],
    });
  });
});
