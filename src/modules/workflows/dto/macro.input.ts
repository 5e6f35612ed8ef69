import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionedModel } from '../../../common/models/versioned.model';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { ActionInput, ActionModel } from './action.input';

const BODY_HELP =
  'The comment added when applied. Placeholders: `{{customer.name}}`, `{{customer.email}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{ticket.status}}`, `{{agent.name}}`; an unknown or empty one renders as nothing.';

@InputType('CreateMacroInput')
export class CreateMacroInput {
  @ApiProperty({ maxLength: 200, example: 'Refund approved' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ maxLength: 65_536, description: BODY_HELP, default: '' })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(65_536)
  body?: string;

  @ApiPropertyOptional({ default: true, description: 'False adds an internal note instead.' })
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  public?: boolean;

  @ApiPropertyOptional({ type: [ActionInput] })
  @Field(() => [ActionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions?: ActionInput[];
}

@InputType('UpdateMacroInput')
export class UpdateMacroInput {
  @ApiPropertyOptional({ maxLength: 200 })
  @Field({ nullable: true })
  @NotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 65_536, description: BODY_HELP })
  @Field({ nullable: true })
  @NotNull()
  @IsString()
  @MaxLength(65_536)
  body?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  @NotNull()
  @IsBoolean()
  public?: boolean;

  @ApiPropertyOptional({ type: [ActionInput] })
  @Field(() => [ActionInput], { nullable: true })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionInput)
  actions?: ActionInput[];
}

@ObjectType('Macro')
export class MacroModel extends VersionedModel {
  @ApiProperty()
  @Field()
  title: string;

  @ApiProperty()
  @Field()
  body: string;

  @ApiProperty()
  @Field()
  public: boolean;

  @ApiProperty({ type: [ActionModel] })
  @Field(() => [ActionModel])
  actions: ActionModel[];
}
