import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from './cursor';

const ID = '0193a000-0000-7000-8000-000000000000';
const KINDS = ['timestamp', 'uuid'] as const;

describe('cursor', () => {
  it('round-trips sort keys and id', () => {
    const c = encodeCursor('-createdAt', ['2026-01-01T00:00:00.000Z', ID]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, '-createdAt', KINDS)).toEqual(['2026-01-01T00:00:00.000Z', ID]);
  });

  it.each([
    ['garbage', '!!!'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['another sort', encodeCursor('createdAt', ['x', 'y'])],
    ['wrong key count', encodeCursor('-createdAt', ['x'])],
    ['objects inside', encodeCursor('-createdAt', [{ a: 1 } as never, ID])],
    ['an id that is no uuid', encodeCursor('-createdAt', ['2026-01-01T00:00:00.000Z', 'garbage'])],
    ['a date that is no date', encodeCursor('-createdAt', ['yesterday', ID])],
    ['a number where a date goes', encodeCursor('-createdAt', [12, ID])],
    ['an int out of range', encodeCursor('position', [2 ** 40, ID])],
  ])('rejects %s with a 400 naming the cursor', (_name, cursor) => {
    try {
      decodeCursor(cursor, '-createdAt', KINDS);
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(400);
      expect((e as AppError).errors?.[0].field).toBe('cursor');
    }
  });
});
