import { ValidationPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { flattenValidationErrors } from '../errors/validation';

/** Unknown fields are an error, not silently dropped; every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => AppError.validation(flattenValidationErrors(errors)),
  });
}
