import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips sort keys and id', () => {
    const c = encodeCursor('-createdAt', ['2026-01-01T00:00:00.000Z', 'abc']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, '-createdAt', 2)).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
  });

  it.each([
    ['garbage', '!!!'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['another sort', encodeCursor('createdAt', ['x', 'y'])],
    ['wrong key count', encodeCursor('-createdAt', ['x'])],
    ['objects inside', encodeCursor('-createdAt', [{ a: 1 }, 'y'])],
  ])('rejects %s with a 400 naming the cursor', (_name, cursor) => {
    try {
      decodeCursor(cursor, '-createdAt', 2);
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).errors?.[0].field).toBe('cursor');
    }
  });
});
