import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUuid } from '../../database/ids';
import { AppError } from '../errors/app-error';

/** Route parameters that carry our ids: `:id`, `:ticketId`, `:checklistId`, … (not `externalId`). */
export const ID_PARAM = /^(id|(?!external)[a-z]+Id)$/;

/**
 * One check for every id in a path: ids are UUIDs, so anything else names nothing here: 404
 * (the same answer as a missing or another tenant's resource), before it reaches a query.
 */
@Injectable()
export class UuidParamsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' || !metadata.data || !ID_PARAM.test(metadata.data)) return value;
    if (isUuid(value)) return value;
    const shown = String(value)
      .slice(0, 64)
      .replace(/[^\x20-\x7e]/g, '?');
    throw new AppError('not_found', `No resource has ${metadata.data} "${shown}": ids are UUIDs.`);
  }
}
