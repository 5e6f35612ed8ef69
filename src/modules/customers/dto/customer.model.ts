import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('CustomerSatisfaction')
export class SatisfactionModel {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 92.5,
    description: 'CSAT %: positive (4-5) / responses × 100.',
  })
  @Field(() => Float, { nullable: true })
  csat: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 40,
    description: 'NPS: %promoters − %detractors (−100..100).',
  })
  @Field(() => Float, { nullable: true })
  nps: number | null;

  @ApiProperty({ example: 12, description: 'CSAT and NPS responses.' })
  @Field(() => Int)
  responses: number;

  @ApiProperty({ type: Number, nullable: true, example: 5 })
  @Field(() => Int, { nullable: true })
  lastScore: number | null;
}

@ObjectType('Customer')
export class CustomerModel extends VersionedModel {
  @ApiProperty({ example: 'Grace Hopper' })
  @Field()
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'grace@example.com' })
  @Field(() => String, { nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+1 555 0100' })
  @Field(() => String, { nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true, description: "Your CRM's id; unique per tenant." })
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'it-IT' })
  @Field(() => String, { nullable: true })
  locale: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Europe/Rome' })
  @Field(() => String, { nullable: true })
  timezone: string | null;

  @ApiProperty({ type: [String], example: ['vip'] })
  @Field(() => [String])
  tags: string[];

  @ApiProperty({ type: 'object', additionalProperties: true, example: { plan: 'pro' } })
  @Field(() => GraphQLJSONObject)
  attributes: Record<string, unknown>;

  @ApiProperty({ type: () => SatisfactionModel })
  @Field(() => SatisfactionModel)
  satisfaction: SatisfactionModel;
}
