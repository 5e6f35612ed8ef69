import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import * as classValidator from 'class-validator';
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
