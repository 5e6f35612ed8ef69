import { PartialType } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, validateSync } from 'class-validator';
import { NotNull } from './not-null.decorator';

class CreateThing {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  name: string;
}

/** The pattern PATCH inputs use: PartialType, then `@NotNull()` on what may not be cleared. */
class UpdateThing extends PartialType(CreateThing) {
  @NotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  override name?: string;
}

const errorsOf = (body: object) =>
  validateSync(plainToInstance(UpdateThing, body)).map((e) => ({
    field: e.property,
    messages: Object.values(e.constraints ?? {}),
  }));

describe('@NotNull()', () => {
  it('lets the field be left out', () => {
    expect(errorsOf({})).toEqual([]);
  });

  it('refuses null, naming the field', () => {
    const errors = errorsOf({ name: null });
    expect(errors.map((e) => e.field)).toEqual(['name']);
    expect(errors[0].messages).toContain('name cannot be null');
  });

  it('still runs the other rules on a value', () => {
    expect(errorsOf({ name: 'ok' })).toEqual([]);
    expect(errorsOf({ name: 'too long' })[0].field).toBe('name');
    expect(errorsOf({ name: '' })[0].field).toBe('name');
  });
});
