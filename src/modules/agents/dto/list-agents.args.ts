import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional } from 'class-validator';
import { Role, ROLES } from '../../../common/auth/scopes';
import { PageQuery } from '../../../common/pagination/page.args';

/** What `GET /v1/agents` can narrow by. */
export type AgentFilter = Pick<ListAgentsQuery, 'role' | 'active' | 'email'>;

export class ListAgentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}
