import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsObject,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { UpdateTicketInput } from './ticket.input';

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
  @IsObject({ message: 'patch must be an object of ticket fields' })
  @ValidateNested()
  @Type(() => UpdateTicketInput)
  patch: UpdateTicketInput;
}
