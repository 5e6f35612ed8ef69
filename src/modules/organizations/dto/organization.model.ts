import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

@ObjectType('Organization')
export class OrganizationModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty({ example: 'Acme Inc.' })
  @Field()
  name: string;

  @ApiProperty({ type: String, nullable: true, description: 'Your CRM\'s id; unique per tenant.' })
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @ApiProperty({ type: [String], example: ['acme.com'], description: 'Customers created with an email at one of these domains join this organization.' })
  @Field(() => [String])
  domains: string[];

  @ApiProperty()
  @Field(() => Int)
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Field()
  updatedAt: Date;
}
