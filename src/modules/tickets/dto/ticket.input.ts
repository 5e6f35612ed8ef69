import { Field, ID, InputType } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsJsonObject } from '../../../common/validation/json.validators';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { TagsField } from '../../../common/validation/tags.decorator';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  TicketChannel,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../ticket.entity';
import {
  TicketChannelEnum,
  TicketPriorityEnum,
  TicketStatusEnum,
  TicketTypeEnum,
} from './ticket-enums';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

/** Longest text field (description, comment body, resolution). */
export const MAX_TEXT = 65_536;
const oneOf = (name: string, values: readonly string[]) => ({
  message: `${name} must be one of: ${values.join(', ')}`,
});

@InputType('RequesterInput')
export class RequesterInput {
  @ApiPropertyOptional({ maxLength: 200 })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'someone@example.com' })
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'requester.email must be an email address' })
  email?: string;

  @ApiPropertyOptional({ maxLength: 255, description: "The customer's id in your CRM." })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  externalId?: string;
}

/** Each ticket field's rules, once, for REST (Swagger) and GraphQL alike. */
const F = {
  subject: (required: boolean) =>
    applyDecorators(
      required
        ? ApiProperty({ maxLength: 500, example: 'Cannot log in' })
        : ApiPropertyOptional({ maxLength: 500 }),
      Field({ nullable: !required }),
      ...(required ? [] : [NotNull()]),
      IsString(),
      IsNotEmpty(),
      MaxLength(500),
    ),
  description: (required: boolean) =>
    applyDecorators(
      required
        ? ApiProperty({ maxLength: MAX_TEXT, example: 'The login page says my password is wrong.' })
        : ApiPropertyOptional({ maxLength: MAX_TEXT }),
      Field({ nullable: !required }),
      ...(required ? [] : [NotNull()]),
      IsString(),
      IsNotEmpty(),
      MaxLength(MAX_TEXT),
    ),
  /** On PATCH the field may be left out but not cleared. */
  customerId: (patch = false) =>
    applyDecorators(
      ApiPropertyOptional({ format: 'uuid', description: 'The customer; or send `requester`.' }),
      Field(() => ID, { nullable: true }),
      patch ? NotNull() : IsOptional(),
      IsUUID('all', { message: 'customerId must be a UUID' }),
    ),
  /** On PATCH the field may be left out but not cleared. */
  priority: (patch = false) =>
    applyDecorators(
      ApiPropertyOptional({
        enum: TICKET_PRIORITIES,
        description: patch ? 'Left out: unchanged.' : 'Left out: `normal`.',
      }),
      Field(() => TicketPriorityEnum, { nullable: true }),
      patch ? NotNull() : IsOptional(),
      IsIn(TICKET_PRIORITIES, oneOf('priority', TICKET_PRIORITIES)),
    ),
  type: () =>
    applyDecorators(
      ApiPropertyOptional({ enum: TICKET_TYPES, nullable: true }),
      Field(() => TicketTypeEnum, { nullable: true }),
      IsOptional(),
      IsIn(TICKET_TYPES, oneOf('type', TICKET_TYPES)),
    ),
  /** On PATCH the field may be left out but not cleared. */
  channel: (patch = false) =>
    applyDecorators(
      ApiPropertyOptional({
        enum: TICKET_CHANNELS,
        description: patch ? 'Left out: unchanged.' : 'Left out: `api`.',
      }),
      Field(() => TicketChannelEnum, { nullable: true }),
      patch ? NotNull() : IsOptional(),
      IsIn(TICKET_CHANNELS, oneOf('channel', TICKET_CHANNELS)),
    ),
  category: () =>
    applyDecorators(
      ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'billing' }),
      Field(() => String, { nullable: true }),
      IsOptional(),
      IsString(),
      MaxLength(100),
    ),
  tags: () => TagsField(),
  assigneeId: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        format: 'uuid',
        nullable: true,
        description: 'An active agent.',
      }),
      Field(() => ID, { nullable: true }),
      IsOptional(),
      IsUUID('all', { message: 'assigneeId must be a UUID' }),
    ),
  groupId: () =>
    applyDecorators(
      ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }),
      Field(() => ID, { nullable: true }),
      IsOptional(),
      IsUUID('all', { message: 'groupId must be a UUID' }),
    ),
  customFields: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: 'object',
        additionalProperties: true,
        description: 'Your own fields, a JSON object of at most 16 KiB.',
      }),
      Field(() => GraphQLJSONObject, { nullable: true }),
      NotNull(),
      IsJsonObject(16 * 1024),
    ),
  language: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        nullable: true,
        example: 'it',
        description:
          "ISO 639-1 code (a locale like `it-IT` is accepted). Leave it out to take the customer's locale or detect it from the text.",
      }),
      Field(() => String, { nullable: true }),
      IsOptional(),
      IsString(),
      MaxLength(35),
      Matches(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/, {
        message: 'language must be an ISO 639-1 code like it or a locale like it-IT',
      }),
    ),
  externalId: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        nullable: true,
        maxLength: 255,
        description: "Your system's id; unique per tenant.",
      }),
      Field(() => String, { nullable: true }),
      IsOptional(),
      IsString(),
      IsNotEmpty(),
      MaxLength(255),
    ),
};

@InputType('CreateTicketInput')
export class CreateTicketInput {
  @F.subject(true) subject: string;
  @F.description(true) description: string;
  @F.customerId() customerId?: string;

  @ApiPropertyOptional({
    type: () => RequesterInput,
    description: 'Finds the customer by externalId, then email, or creates one.',
  })
  @Field(() => RequesterInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => RequesterInput)
  requester?: RequesterInput;

  @F.priority() priority?: TicketPriority;
  @F.type() type?: TicketType | null;
  @F.channel() channel?: TicketChannel;
  @F.category() category?: string | null;
  @F.tags() tags?: string[];
  @F.assigneeId() assigneeId?: string | null;
  @F.groupId() groupId?: string | null;
  @F.customFields() customFields?: Record<string, unknown>;
  @F.externalId() externalId?: string | null;
  @F.language() language?: string | null;
}

/** PATCH: any create field (but `requester`), plus `status` and `resolution`; null clears. */
@InputType('UpdateTicketInput')
export class UpdateTicketInput {
  @F.subject(false) subject?: string;
  @F.description(false) description?: string;
  @F.customerId(true) customerId?: string;
  @F.priority(true) priority?: TicketPriority;
  @F.type() type?: TicketType | null;
  @F.channel(true) channel?: TicketChannel;
  @F.category() category?: string | null;
  @F.tags() tags?: string[];
  @F.assigneeId() assigneeId?: string | null;
  @F.groupId() groupId?: string | null;
  @F.customFields() customFields?: Record<string, unknown>;
  @F.externalId() externalId?: string | null;
  @F.language() language?: string | null;

  @ApiPropertyOptional({ enum: TICKET_STATUSES, description: '`closed` is final.' })
  @Field(() => TicketStatusEnum, { nullable: true })
  @NotNull()
  @IsIn(TICKET_STATUSES, oneOf('status', TICKET_STATUSES))
  status?: TicketStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_TEXT,
    description: 'How it was solved.',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  resolution?: string | null;
}
