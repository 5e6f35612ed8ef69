import { ActionsField, BooleanField, NameField } from './fields';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionedModel } from '../../../common/models/versioned.model';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { ActionInput, ActionModel } from './action.input';

const PUBLIC_HELP = 'True (default): a public reply; false: an internal note.';
const BODY_HELP =
  'The comment added when applied. Placeholders: `{{customer.name}}`, `{{customer.email}}`, `{{ticket.number}}`, `{{ticket.subject}}`, `{{ticket.status}}`, `{{agent.name}}`; an unknown or empty one renders as nothing.';

@InputType('CreateMacroInput')
export class CreateMacroInput {
  @NameField('Refund approved') title: string;

  @ApiPropertyOptional({ maxLength: 65_536, description: BODY_HELP, default: '' })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(65_536)
  body?: string;

  @BooleanField(PUBLIC_HELP) public?: boolean;
  @ActionsField({ required: false }) actions?: ActionInput[];
}

@InputType('UpdateMacroInput')
export class UpdateMacroInput {
  @NameField('', true) title?: string;

  @ApiPropertyOptional({ maxLength: 65_536, description: BODY_HELP })
  @Field({ nullable: true })
  @NotNull()
  @IsString()
  @MaxLength(65_536)
  body?: string;

  @BooleanField(PUBLIC_HELP, true) public?: boolean;
  @ActionsField({ required: false, patch: true }) actions?: ActionInput[];
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
