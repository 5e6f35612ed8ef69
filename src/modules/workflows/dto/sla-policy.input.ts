import { applyDecorators } from '@nestjs/common';
import { ConditionsField, EnabledField, NameField, PositionField } from './fields';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IsDecimal } from '../../../common/validation/decimal.decorator';
import { NotNull } from '../../../common/validation/not-null.decorator';
import { ConditionInput, ConditionModel } from './condition.input';
import { VersionedModel } from '../../../common/models/versioned.model';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

const MAX_MINUTES = 525_600; // a year

/** Optional on create and PATCH; null removes them (the clock then runs 24/7). */
const BusinessHoursField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: BusinessHoursInput,
      nullable: true,
      description: 'Without: 24/7.',
    }),
    Field(() => BusinessHoursInput, { nullable: true }),
    IsOptional(),
    NestedObject(() => BusinessHoursInput),
  );

@InputType('SlaTargetInput')
@ObjectType('SlaTarget')
export class TargetInput {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, example: 60 })
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(1)
  @Max(MAX_MINUTES)
  firstResponseMinutes?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, example: 480 })
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(1)
  @Max(MAX_MINUTES)
  resolutionMinutes?: number | null;
}

/** Targets per priority; a priority without targets has no SLA under this policy. */
@InputType('SlaTargetsInput')
@ObjectType('SlaTargets')
export class TargetsInput {
  @ApiPropertyOptional({ type: TargetInput })
  @Field(() => TargetInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => TargetInput)
  low?: TargetInput;

  @ApiPropertyOptional({ type: TargetInput })
  @Field(() => TargetInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => TargetInput)
  normal?: TargetInput;

  @ApiPropertyOptional({ type: TargetInput })
  @Field(() => TargetInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => TargetInput)
  high?: TargetInput;

  @ApiPropertyOptional({ type: TargetInput })
  @Field(() => TargetInput, { nullable: true })
  @IsOptional()
  @NestedObject(() => TargetInput)
  urgent?: TargetInput;
}

@InputType('BusinessHoursInput')
@ObjectType('BusinessHours')
export class BusinessHoursInput {
  @ApiProperty({ example: 'Europe/Rome', description: 'An IANA time zone.' })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  timezone: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { mon: ['09:00', '18:00'], tue: ['09:00', '18:00'] },
    description:
      'Opening hours per weekday (`mon`…`sun`): one range `["09:00","18:00"]` or several `[["09:00","12:00"],["13:00","18:00"]]`. Days left out are closed.',
  })
  @Field(() => GraphQLJSONObject)
  @IsObject()
  days: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [String],
    items: { type: 'string', format: 'date' },
    example: ['2026-12-25'],
    description: 'Closed dates.',
  })
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @IsISO8601({ strict: true }, { each: true, message: 'holidays must be dates like 2026-12-25' })
  holidays?: string[];
}

const CONDITIONS =
  'Which tickets the policy covers (all must hold); the first match by position applies.';
const POSITION = 'Policies are tried in ascending position; the first that matches applies.';

@InputType('CreateSlaPolicyInput')
export class CreateSlaPolicyInput {
  @NameField('Standard support') name: string;
  @ConditionsField(CONDITIONS) conditions?: ConditionInput[];

  @ApiProperty({ type: TargetsInput })
  @Field(() => TargetsInput)
  @NestedObject(() => TargetsInput)
  targets: TargetsInput;

  @BusinessHoursField() businessHours?: BusinessHoursInput | null;
  @EnabledField() enabled?: boolean;
  @PositionField(POSITION) position?: number;
}

@InputType('UpdateSlaPolicyInput')
export class UpdateSlaPolicyInput {
  @NameField('', true) name?: string;
  @ConditionsField(CONDITIONS, true) conditions?: ConditionInput[];

  @ApiPropertyOptional({ type: TargetsInput })
  @Field(() => TargetsInput, { nullable: true })
  @NotNull()
  @NestedObject(() => TargetsInput)
  targets?: TargetsInput;

  @BusinessHoursField() businessHours?: BusinessHoursInput | null;
  @EnabledField(true) enabled?: boolean;
  @PositionField(POSITION, true) position?: number;
}

@ObjectType('SlaPolicy')
export class SlaPolicyModel extends VersionedModel {
  @ApiProperty()
  @Field()
  name: string;

  @ApiProperty({ type: [ConditionModel] })
  @Field(() => [ConditionModel])
  conditions: ConditionModel[];

  @ApiProperty({ type: TargetsInput })
  @Field(() => TargetsInput)
  targets: TargetsInput;

  @ApiProperty({ type: BusinessHoursInput, nullable: true })
  @Field(() => BusinessHoursInput, { nullable: true })
  businessHours: BusinessHoursInput | null;

  @ApiProperty()
  @Field()
  enabled: boolean;

  @ApiProperty()
  @Field(() => Int)
  position: number;
}
