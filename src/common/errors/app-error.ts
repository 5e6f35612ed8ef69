import { ERROR_CODES, ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one error type services throw. The transport (REST filter, GraphQL formatter) maps
 * `code` to a status through ERROR_CODES; `detail` tells the caller what to fix.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** Overrides the problem `type` suffix, e.g. `checklist-incomplete` for a 422. */
    readonly typeSuffix?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  static notFound(resource: string, id: string): AppError {
    return new AppError('not_found', `${resource} ${id} does not exist.`);
  }

  /** 422: the request names a related resource (customer, agent, group…) that does not exist. */
  static missingReference(
    resource: string,
    id: string,
    field: string,
    opts: { orInactive?: boolean } = {},
  ): AppError {
    const noun = `${opts.orInactive ? 'active ' : ''}${resource.toLowerCase()}`;
    return new AppError(
      'unprocessable',
      `${resource} ${id} does not exist${opts.orInactive ? ' or is inactive' : ''}.`,
      [{ field, message: `is not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} of this tenant` }],
    );
  }

  /** 412: the `If-Match` version is not the current one. */
  static preconditionFailed(currentVersion: number): AppError {
    return new AppError(
      'precondition_failed',
      `The resource changed since you read it: it is at version ${currentVersion}. GET it again and retry with If-Match: "${currentVersion}".`,
    );
  }

  static validation(errors: FieldError[], detail?: string): AppError {
    return new AppError(
      'validation_failed',
      detail ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    );
  }
}
