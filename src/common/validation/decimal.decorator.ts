import { ValidateBy, ValidationOptions } from 'class-validator';

/** Digits after the point, also for numbers JavaScript writes with an exponent (5e-324). */
export function decimalPlaces(v: number): number {
  if (Number.isInteger(v)) return 0;
  const [mantissa, exponent] = v.toString().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * A finite number with at most `max` decimals. class-validator's
 * `@IsNumber({ maxDecimalPlaces })` throws a TypeError on `1e-7` (no '.' in its string form).
 */
export function IsDecimal(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'number' && Number.isFinite(v) && decimalPlaces(v) <= max,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be a number with at most ${max} decimal places`,
      },
    },
    options,
  );
}
