import { DateTimeFilter } from '../../../common/validation/date-time-filter.decorator';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, PageQuery } from '../../../common/pagination/page.args';
import { NestedObject } from '../../../common/validation/nested-object.decorator';

export const CUSTOMER_SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

@InputType('CustomerFilter')
export class CustomerFilter {
  @ApiPropertyOptional({
    description:
      'Search name, email and phone (case- and accent-insensitive, substring; at least 3 characters).',
    minLength: 3,
  })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'q must be at least 3 characters' })
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Exact email (case-insensitive).' })
  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional()
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  externalId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Customers carrying this tag.' })
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @DateTimeFilter('Changed at or after this time (for syncs; combine with sort=updatedAt).')
  updatedSince?: Date;
}

export class ListCustomersQuery extends IntersectionType(PageQuery, CustomerFilter) {
  @ApiPropertyOptional({ enum: CUSTOMER_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(CUSTOMER_SORTS, { message: `sort must be one of: ${CUSTOMER_SORTS.join(', ')}` })
  sort?: CustomerSort;
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @NestedObject(() => CustomerFilter)
  filter?: CustomerFilter;
}
