import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, MaxLength, ValidationOptions, registerDecorator } from 'class-validator';
import { DEFAULT_SPAN_DAYS, isIanaZone, isIsoDate, MAX_SPAN_DAYS } from '../report-period';

function Check(name: string, test: (v: unknown) => boolean, message: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message } satisfies ValidationOptions,
      validator: { validate: test },
    });
}

const dateField = (name: 'from' | 'to', description: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      example: name === 'from' ? '2024-12-01' : undefined,
      description,
    }),
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(35),
    Check(
      'isIsoDate',
      isIsoDate,
      `${name} must be an ISO 8601 date (2024-12-01) or date-time (2024-12-01T09:00:00Z)`,
    ),
  );

/** `from`, `to`, `tz`: the period of a report (REST query and GraphQL arguments). */
export function PeriodFields() {
  return {
    from: dateField(
      'from',
      `Start of the period (inclusive). A date alone is midnight in \`tz\`; a date-time without offset is read in \`tz\`. Default: ${DEFAULT_SPAN_DAYS} calendar days (in \`tz\`) before \`to\`. The period spans at most ${MAX_SPAN_DAYS} days.`,
    ),
    to: dateField(
      'to',
      'End of the period (exclusive), read like `from`. Default: now. Must be after `from`.',
    ),
    tz: applyDecorators(
      ApiPropertyOptional({
        default: 'UTC',
        example: 'Asia/Ho_Chi_Minh',
        description:
          'IANA time zone: reads dates without offset; in the KPI report it also cuts the `day`, `week` (from Monday) and `month` buckets.',
      }),
      Field(() => String, { nullable: true, defaultValue: 'UTC' }),
      IsOptional(),
      MaxLength(64),
      Check('isIanaZone', isIanaZone, 'tz must be an IANA time zone like Europe/Rome'),
    ),
  };
}
