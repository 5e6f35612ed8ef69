import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import { CurrentTenant, Public, RequireScopes } from './auth.decorators';
import { ApiAuthGuard } from './auth.guard';
import { PLATFORM_SCOPE } from './scopes';

function contextFor(
  handler: (...args: unknown[]) => unknown,
  req: object = { headers: {}, header: () => undefined },
): ExecutionContext {
  class Controller {}
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Controller,
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
}

describe('ApiAuthGuard', () => {
  const config = { platformAdminToken: undefined } as ConstructorParameters<typeof ApiAuthGuard>[1];
  const guard = new ApiAuthGuard(new Reflector(), config);

  it('refuses a route that declares no access policy (deny by default)', async () => {
    const undeclared = () => undefined;
    await expect(guard.canActivate(contextFor(undeclared))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('lets @Public() routes through without a credential', async () => {
    class C {
      @Public()
      open() {}
    }
    await expect(guard.canActivate(contextFor(C.prototype.open))).resolves.toBe(true);
  });

  it('says the platform admin token is not configured when a platform route gets none', () => {
    class C {
      @RequireScopes(PLATFORM_SCOPE)
      createTenant() {}
      @RequireScopes('tickets:read')
      listTickets() {}
    }
    const req = { headers: {}, header: () => 'Bearer whatever' };
    expect(() =>
      guard.handleRequest(null, false, null, contextFor(C.prototype.createTenant, req)),
    ).toThrow(/PLATFORM_ADMIN_TOKEN/);
    expect(() =>
      guard.handleRequest(null, false, null, contextFor(C.prototype.listTickets, req)),
    ).toThrow(/invalid, expired or revoked/);
  });

  it('hands @RequireScopes() routes to Passport (no strategy here, so it throws)', async () => {
    class C {
      @RequireScopes('tickets:read')
      closed() {}
    }
    const err = await guard.canActivate(contextFor(C.prototype.closed)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(AppError);
  });
});

describe('@CurrentTenant()', () => {
  function factoryOf(decorator: ParameterDecorator) {
    class C {
      handler(_tenant: string) {}
    }
    decorator(C.prototype, 'handler', 0);
    const meta = Reflect.getMetadata(ROUTE_ARGS_METADATA, C, 'handler');
    return (
      Object.values(meta)[0] as { factory: (data: unknown, ctx: ExecutionContext) => unknown }
    ).factory;
  }

  it('fails loudly when no guard authenticated the request', () => {
    const factory = factoryOf(CurrentTenant());
    expect(() =>
      factory(
        undefined,
        contextFor(() => undefined, { headers: {} }),
      ),
    ).toThrow(/no guard/);
  });

  it('returns the tenant the guard set', () => {
    const factory = factoryOf(CurrentTenant());
    expect(
      factory(
        undefined,
        contextFor(() => undefined, { principal: { tenantId: 't-1', kind: 'api_key' } }),
      ),
    ).toBe('t-1');
  });
});
