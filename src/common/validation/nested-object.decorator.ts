import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * One nested input object (not a list): `@ValidateNested()` alone accepts an array in its
 * place and validates nothing (`"businessHours": []` reached the service as an array), so the
 * value must also be an object. Lists of objects use `@ValidateNested({ each: true })`.
 */
export function NestedObject(type: () => new () => object, message?: string): PropertyDecorator {
  return applyDecorators(
    IsObject({ message: message ?? (({ property }) => `${property} must be an object`) }),
    ValidateNested(),
    Type(type),
  );
}
