import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import * as classValidator from 'class-validator';
import { AppError } from '../errors/app-error';
import { decimalPlaces, IsDecimal } from '../validation/decimal.decorator';
import { createValidationPipe } from './validation.pipe';

class ListQuery {
  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;
}

describe('the validation pipe on query strings', () => {
  const pipe = createValidationPipe();
  const query = { type: 'query' as const, metatype: ListQuery };

  it('validates a query string once, then only transforms it', async () => {
    const spy = jest.spyOn(classValidator, 'validate');
    const first = await pipe.transform({ limit: '5', status: 'open' }, query);
    const again = await pipe.transform({ limit: '5', status: 'open' }, query);
    expect(first).toBeInstanceOf(ListQuery);
    expect(again).toBeInstanceOf(ListQuery);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    await pipe.transform({ limit: '6' }, query);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('never remembers a failure, nor lets one through', async () => {
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ limit: '500' }, query)).rejects.toMatchObject({
        code: 'validation_failed',
      });
      await expect(pipe.transform({ limit: '5', other: 'x' }, query)).rejects.toMatchObject({
        code: 'validation_failed',
      });
    }
  });
});

class Throws {
  @ValidateBy({
    name: 'explodes',
    validator: {
      validate: () => {
        throw new TypeError('a validator bug');
      },
    },
  })
  x: string;
}

class Minutes {
  @IsDecimal(2)
  minutes: number;
}

const pipe = createValidationPipe();
const run = (metatype: new () => object, value: unknown) =>
  pipe.transform(value, { type: 'body', metatype });

describe('validation pipe', () => {
  it('turns a validator that throws into a 400, not a 500', async () => {
    const err = await run(Throws, { x: 'y' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
  });

  it('counts decimals of numbers JavaScript writes with an exponent', async () => {
    expect([1, 1.5, 1.25, 1e-7, 5e-324, 1.5e-7, 1e21].map(decimalPlaces)).toEqual([
      0, 1, 2, 7, 324, 8, 0,
    ]);
    await expect(run(Minutes, { minutes: 1.25 })).resolves.toEqual({ minutes: 1.25 });
    for (const minutes of [5e-324, 1e-7, 1.255, Infinity, '1'])
      await expect(run(Minutes, { minutes })).rejects.toBeInstanceOf(AppError);
  });
});
