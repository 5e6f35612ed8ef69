import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role, ROLES } from '../../../common/auth/scopes';
import { NameField } from '../../../common/validation/required-field.decorator';
import { NotNull } from '../../../common/validation/not-null.decorator';

export class CreateAgentInput {
  @NameField('Ada Lovelace')
  name: string;

  @ApiProperty({
    example: 'ada@example.com',
    description: "Unique among the tenant's agents (case-insensitive).",
  })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({
    enum: ROLES,
    description:
      '`admin`: everything; `agent`: read and write tickets, customers, KB, feedback; `viewer`: read only.',
  })
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({
    minLength: 12,
    maxLength: 200,
    description: 'Lets the agent sign in at POST /v1/auth/token. Stored as an argon2id hash.',
  })
  @NotNull()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each value in groupIds must be a UUID' })
  groupIds?: string[];
}

export class UpdateAgentInput extends PartialType(CreateAgentInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @NameField('Ada Lovelace', { patch: true })
  override name?: string;

  @ApiPropertyOptional({
    description: 'False stops the agent from signing in; existing tokens stop working.',
  })
  @NotNull()
  @IsBoolean()
  active?: boolean;
}
