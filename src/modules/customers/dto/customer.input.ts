import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { NotNull } from '../../../common/validation/not-null.decorator';

import {
  IsEmail,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsJsonObject } from '../../../common/validation/json.validators';
import { TagsField } from '../../../common/validation/tags.decorator';
import { NameField } from '../../../common/validation/required-field.decorator';

export const MAX_ATTRIBUTES_BYTES = 16 * 1024;

/** Fields a CRM sends for a contact (everything but its external id). */
@InputType('CustomerFields', { isAbstract: true })
export class CustomerFieldsInput {
  @NameField('Grace Hopper')
  @Field()
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'grace@example.com' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: '+1 555 0100' })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+()\-.\s]{3,50}$/, {
    message: 'phone may contain digits, spaces and + ( ) - . only',
  })
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Omitted on create: the organization owning the email's domain, if any.",
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'it-IT',
    description: 'BCP 47 language tag.',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocale({ message: 'locale must be a language tag like en or pt-BR' })
  @MaxLength(35)
  locale?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Europe/Rome',
    description: 'IANA time zone.',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone({ message: 'timezone must be an IANA time zone like Europe/Rome' })
  @MaxLength(64)
  timezone?: string | null;

  @TagsField()
  tags?: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: `Free-form JSON object, at most ${MAX_ATTRIBUTES_BYTES} bytes.`,
  })
  @Field(() => GraphQLJSONObject, { nullable: true })
  @NotNull()
  @IsJsonObject(MAX_ATTRIBUTES_BYTES)
  attributes?: Record<string, unknown>;
}

/** The longest `externalId`, in a body or in `PUT /v1/customers/external/{externalId}`. */
export const MAX_EXTERNAL_ID = 255;

@InputType('CreateCustomerInput')
export class CreateCustomerInput extends CustomerFieldsInput {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_EXTERNAL_ID,
    description: "Your CRM's id; unique per tenant (409 on a duplicate).",
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_EXTERNAL_ID)
  externalId?: string | null;
}

/** PATCH: any create field; `null` clears an optional one (`name` cannot be null). */
export class UpdateCustomerInput extends PartialType(CreateCustomerInput, {
  // null is validated (and refused where a field cannot be cleared), not skipped
  skipNullProperties: false,
}) {
  @NameField('Grace Hopper', { patch: true })
  override name?: string;
}

/** PUT /v1/customers/external/:externalId and upsertCustomer: the external id is the key. */
@InputType('UpsertCustomerInput')
export class UpsertCustomerInput extends CustomerFieldsInput {}
