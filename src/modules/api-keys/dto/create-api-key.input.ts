import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { SCOPES } from '../../../common/auth/scopes';

export class CreateApiKeyInput {
  @ApiProperty({ maxLength: 200, example: 'CRM sync' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: SCOPES, isArray: true, example: ['customers:read', 'customers:write'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SCOPES.length)
  @ArrayUnique()
  @IsIn(SCOPES, {
    each: true,
    message: `each value in scopes must be one of: ${SCOPES.join(', ')}`,
  })
  scopes: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'When the key stops working; never when omitted.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: Date;
}
