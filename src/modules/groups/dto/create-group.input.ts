import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NameField } from '../../../common/validation/required-field.decorator';

export class CreateGroupInput {
  @NameField('Billing')
  name: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

export class UpdateGroupInput extends PartialType(CreateGroupInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @NameField('Billing', { patch: true })
  override name?: string;
}
