import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { TICKET_TYPES } from '../../tickets/ticket.entity';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

@InputType('ChecklistItemInput')
export class ChecklistItemInput {
  @ApiProperty({ maxLength: 500, example: 'Check the payment provider logs' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional({ default: false, description: 'Required items must be done to solve.' })
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

@InputType('ChecklistAppliesToInput')
export class AppliesToInput {
  @ApiPropertyOptional({ enum: TICKET_TYPES, nullable: true })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(TICKET_TYPES, { message: `appliesTo.type must be one of: ${TICKET_TYPES.join(', ')}` })
  type?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  category?: string | null;
}

/** 1..100 items, each validated. */
const ItemList = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(100),
    ValidateNested({ each: true }),
    Type(() => ChecklistItemInput),
  );

@InputType('CreateChecklistTemplateInput')
export class CreateChecklistTemplateInput {
  @ApiProperty({ maxLength: 200, example: 'Refund request' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [ChecklistItemInput] })
  @Field(() => [ChecklistItemInput])
  @ItemList()
  items: ChecklistItemInput[];

  @ApiPropertyOptional({
    type: AppliesToInput,
    description:
      'Attach automatically to tickets created with this type and/or category (all given must match).',
  })
  @Field(() => AppliesToInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => AppliesToInput)
  appliesTo?: AppliesToInput | null;
}

@InputType('UpdateChecklistTemplateInput')
export class UpdateChecklistTemplateInput {
  @ApiPropertyOptional({ maxLength: 200 })
  @Field({ nullable: true })
  @NotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    type: [ChecklistItemInput],
    description: 'Replaces the items (checklists already attached keep theirs).',
  })
  @Field(() => [ChecklistItemInput], { nullable: true })
  @NotNull()
  @ItemList()
  items?: ChecklistItemInput[];

  @ApiPropertyOptional({ type: AppliesToInput, nullable: true })
  @Field(() => AppliesToInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => AppliesToInput)
  appliesTo?: AppliesToInput | null;
}

@InputType('AttachChecklistInput')
export class AttachChecklistInput {
  @ApiProperty({ format: 'uuid' })
  @Field()
  @IsUUID('all', { message: 'templateId must be a UUID' })
  templateId: string;
}

@InputType('ChecklistItemUpdateInput')
export class UpdateChecklistItemInput {
  @ApiProperty({ description: 'Tick (true) or untick (false) the item.' })
  @Field()
  @IsBoolean()
  done: boolean;
}
