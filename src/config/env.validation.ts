import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/**
 * Every environment variable the service reads. Validated once at boot: a bad value stops
 * the process with a message that names the variable.
 */
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The address to listen on (e.g. 127.0.0.1); unset: every interface. */
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z.:-]{1,255}$/, { message: 'HOST must be a host name or an IP address' })
  HOST?: string;

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_LISTEN_URL must be a postgres:// URL' })
  DATABASE_LISTEN_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsOptional()
  @IsString()
  DATA_DIR = '.data';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'PLATFORM_ADMIN_TOKEN must be at least 16 characters' })
  PLATFORM_ADMIN_TOKEN?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 3600;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /** The window RATE_LIMIT_PER_MINUTE counts in: a minute, shorter for demos and tests. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @IsOptional()
  @IsString()
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 1mb or 512kb' })
  BODY_LIMIT = '1mb';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS = 10000;

  /** Where customers reach this service: survey links are `${PUBLIC_URL}/s/<token>`. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'PUBLIC_URL must be an http(s) URL without query, like https://help.example.com',
  })
  PUBLIC_URL?: string;

  /**
   * Browser origins allowed for every tenant (comma list, e.g. `https://console.example.com`),
   * on top of each tenant's own `allowedOrigins` setting.
   */
  @IsOptional()
  @IsString()
  @Matches(/^\s*$|^\s*(https?:\/\/[^\s/?#,]+)(\s*,\s*https?:\/\/[^\s/?#,]+)*\s*$/i, {
    message:
      'CORS_ORIGINS must be a comma list of origins like https://app.example.com (scheme, host, optional port; no path)',
  })
  CORS_ORIGINS = '';

  /** Seconds between heartbeat comments on an idle event stream. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  STREAM_HEARTBEAT_SECONDS = 15;

  /** Open event streams (SSE and GraphQL subscriptions) per credential, per instance. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  STREAM_MAX_PER_CREDENTIAL = 10;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  @IsOptional()
  @IsString()
  @Matches(/^\d+(,\d+)*$/, { message: 'WEBHOOK_RETRY_SCHEDULE must be a comma list of seconds' })
  WEBHOOK_RETRY_SCHEDULE =
    // Seconds before retries 1..14 (±10% jitter): 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h,
    // 4 h, 8 h, then every 12 h: the last attempt is about 3 days after the first.
    '5,30,120,600,1800,3600,7200,14400,28800,43200,43200,43200,43200,43200';

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  BOOTSTRAP_DEFAULT_TENANT = true;

  /** Run background jobs (SLA breaches, webhook deliveries) in this instance. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  /** How often due SLA targets are checked for breaches (seconds). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  SLA_CHECK_INTERVAL_SECONDS = 15;
}

export class InvalidEnvironmentError extends Error {}

export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`),
    );
    throw new InvalidEnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}
