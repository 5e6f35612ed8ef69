import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';

@ObjectType('Organization')
export class OrganizationModel extends VersionedModel {
  @ApiProperty({ example: 'Acme Inc.' })
  @Field()
  name: string;

  @ApiProperty({ type: String, nullable: true, description: "Your CRM's id; unique per tenant." })
  @Field(() => String, { nullable: true })
  externalId: string | null;

  @ApiProperty({
    type: [String],
    example: ['acme.com'],
    description: 'Customers created with an email at one of these domains join this organization.',
  })
  @Field(() => [String])
  domains: string[];
}
