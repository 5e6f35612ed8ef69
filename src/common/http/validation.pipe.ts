import { ArgumentMetadata, HttpException, Logger, Type, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppError } from '../errors/app-error';
import { flattenValidationErrors } from '../errors/validation';

/** Query strings remembered as valid, per query class (then forgotten all at once). */
const MAX_VALID_QUERIES = 1000;

/**
 * The global ValidationPipe, plus one shortcut for query strings: a console refreshing a list
 * sends the same few query strings again and again, and class-validator's cost (it scans the
 * metadata of every class for inherited rules on each call) was most of a list request's
 * validation. A query string that passed for a class is only transformed again, not validated:
 * validation is a function of the input (the rules are pure, none reads the clock or the
 * database), so the answer would be the same. Anything that fails is never remembered.
 *
 * And a validator or class-transformer that throws on a value it did not expect (validator.js
 * on a lone surrogate, `@IsNumber({ maxDecimalPlaces })` on 1e-7, deep recursion) has met
 * input that is not valid: a 400, never a 500. Logged, so the validator can be fixed.
 */
class AppValidationPipe extends ValidationPipe {
  private readonly validQueries = new Map<Type<unknown>, Set<string>>();
  private readonly log = new Logger('Validation');

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await this.transformRemembering(value, metadata);
    } catch (e) {
      if (e instanceof AppError || e instanceof HttpException) throw e;
      this.log.warn({ err: e, argument: metadata.data ?? metadata.type }, 'a validator threw');
      throw AppError.validation([
        {
          field: metadata.data ?? metadata.type,
          message: 'could not be validated: check the type and form of each field',
        },
      ]);
    }
  }

  private async transformRemembering(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (
      metadata.type !== 'query' ||
      !metatype ||
      !this.toValidate(metadata) ||
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value)
    ) {
      return super.transform(value, metadata);
    }
    this.stripProtoKeys(value);
    // The parsed query holds strings, arrays and objects of strings only: JSON is faithful.
    const key = JSON.stringify(value);
    let known = this.validQueries.get(metatype);
    if (known?.has(key)) return plainToInstance(metatype, value, this.transformOptions);
    const entity = await super.transform(value, metadata);
    if (!known) this.validQueries.set(metatype, (known = new Set()));
    if (known.size >= MAX_VALID_QUERIES) known.clear();
    known.add(key);
    return entity;
  }
}

/** Unknown fields are an error, not silently dropped; every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => AppError.validation(flattenValidationErrors(errors)),
  });
}
