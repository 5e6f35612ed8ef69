import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'nestjs-pino';

/** Nest's start-up chatter: one line per module and per route, useful when debugging only. */
const STARTUP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/**
 * The application's logger: nestjs-pino (one JSON format for every line), with Nest's start-up
 * lines (modules initialised, ~150 routes mapped) at `debug`, so that at `info` a start prints a
 * handful of lines and the bootstrap banner stays in view. `LOG_LEVEL=debug` shows them again.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...optional: unknown[]): void {
    const context = optional.at(-1);
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) {
      this.pino.debug(message, ...optional);
    } else {
      this.pino.log(message, ...optional);
    }
  }

  error(message: unknown, ...optional: unknown[]): void {
    this.pino.error(message, ...optional);
  }

  warn(message: unknown, ...optional: unknown[]): void {
    this.pino.warn(message, ...optional);
  }

  debug(message: unknown, ...optional: unknown[]): void {
    this.pino.debug(message, ...optional);
  }

  verbose(message: unknown, ...optional: unknown[]): void {
    this.pino.verbose(message, ...optional);
  }

  fatal(message: unknown, ...optional: unknown[]): void {
    this.pino.fatal(message, ...optional);
  }
}
