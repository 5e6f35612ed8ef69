import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsFQDN,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { NameField } from '../../../common/validation/required-field.decorator';
import { NotNull } from '../../../common/validation/not-null.decorator';

const lowerAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
    : value;

export class CreateOrganizationInput {
  @NameField('Acme Inc.')
  name: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 255,
    nullable: true,
    description: "Your CRM's id; unique per tenant (409 on a duplicate).",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  externalId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['acme.com'],
    description: 'Email domains; each belongs to at most one organization.',
  })
  @NotNull()
  @Transform(lowerAll)
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(253, { each: true })
  @IsFQDN(
    {},
    { each: true, message: 'each value in domains must be a domain name like example.com' },
  )
  domains?: string[];
}

export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @NameField('Acme Inc.', { patch: true })
  override name?: string;
}
