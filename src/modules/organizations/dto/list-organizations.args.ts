import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.args';

/** What `GET /v1/organizations` can narrow by. */
export type OrganizationFilter = Pick<ListOrganizationsQuery, 'externalId' | 'domain' | 'name'>;

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Exact external id.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  externalId?: string;

  @ApiPropertyOptional({ description: 'Organizations owning this email domain.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  domain?: string;

  @ApiPropertyOptional({ description: 'Name starts with (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
