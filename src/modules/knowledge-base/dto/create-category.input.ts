import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { NameField } from '../../../common/validation/required-field.decorator';
import { NotNull } from '../../../common/validation/not-null.decorator';

export class CreateCategoryInput {
  @NameField('Billing')
  name: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The parent category; omit for a top-level one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 0,
    maximum: 1_000_000,
    description: 'Order among its siblings (ascending). Left out on creation: 0.',
  })
  @NotNull()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  position?: number;
}

export class UpdateCategoryInput extends PartialType(CreateCategoryInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @NameField('Billing', { patch: true })
  override name?: string;
}
