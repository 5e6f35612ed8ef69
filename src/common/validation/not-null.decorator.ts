import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

/**
 * For PATCH inputs, in place of `@IsOptional()`: the field may be left out, but not set to
 * `null` (a required value cannot be cleared). The field's other validators run on any value
 * that is sent.
 */
export function NotNull(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const name = String(propertyName);
    ValidateIf((o: Record<string, unknown>) => o[name] !== undefined)(target, propertyName);
    registerDecorator({
      name: 'notNull',
      target: target.constructor,
      propertyName: name,
      options: { message: `${name} cannot be null`, ...options },
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}
