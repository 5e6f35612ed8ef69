import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';

export class TokenModel {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 3600, description: 'Seconds until the token expires.' })
  expiresIn: number;
}

@ObjectType('Viewer', {
  description: 'The caller: who the credential belongs to and what it may do.',
})
export class ViewerModel {
  @Field({ description: 'api_key, agent, platform or portal' })
  kind: string;

  @Field()
  id: string;

  @Field(() => String, { nullable: true })
  tenantId: string | null;

  @Field(() => [String])
  scopes: string[];
}
