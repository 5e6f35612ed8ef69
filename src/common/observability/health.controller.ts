import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';

@ApiTags('Operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  @Public({ throttle: false })
  @HealthCheck()
  @ApiOperation({
    operationId: 'checkLiveness',
    summary: 'Liveness: the process is up',
    description:
      '200 while the process runs; for a container liveness probe. No credential, no rate limit.',
  })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @Public({ throttle: false })
  @HealthCheck()
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'Readiness: the database answers',
    description:
      '200 when the database answers within 2 s, 503 otherwise; for a load balancer or readiness probe. No credential, no rate limit.',
  })
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
  }
}
