import { Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, RequireScopes } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { SCOPES } from '../../common/auth/scopes';
import { ViewerModel } from './dto/token.model';

@Resolver(() => ViewerModel)
export class ViewerResolver {
  @Query(() => ViewerModel, { description: 'The authenticated caller.' })
  @RequireScopes(...SCOPES)
  viewer(@CurrentPrincipal() p: Principal): ViewerModel {
    return { kind: p.kind, id: p.id, tenantId: p.tenantId, scopes: [...p.scopes] };
  }
}
