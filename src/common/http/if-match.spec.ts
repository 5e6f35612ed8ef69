import { AppError } from '../errors/app-error';
import { parseIfMatch } from './if-match';

describe('parseIfMatch', () => {
  it.each([
    ['"3"', 3],
    ['W/"12"', 12],
    ['7', 7],
    ['*', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => expect(parseIfMatch(header)).toBe(expected));

  it('rejects what is not an ETag of ours', () => {
    expect(() => parseIfMatch('"abc"')).toThrow(AppError);
  });
});
