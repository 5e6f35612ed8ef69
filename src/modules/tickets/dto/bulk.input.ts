import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsUUID,
} from 'class-validator';
import { UpdateTicketInput } from './ticket.input';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

export class BulkUpdateTicketsInput {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each value in ids must be a UUID' })
  ids: string[];

  @ApiProperty({
    type: () => UpdateTicketInput,
    description: 'Applied to every ticket, each in its own transaction.',
  })
  @IsDefined({ message: 'patch is required: the fields to set on every ticket' })
  @NestedObject(() => UpdateTicketInput, 'patch must be an object of ticket fields')
  patch: UpdateTicketInput;
}
