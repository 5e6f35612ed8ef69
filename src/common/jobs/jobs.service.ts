import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import PgBoss from 'pg-boss';
import { databaseConfig, jobsConfig } from '../../config/configuration';

/** The schema pg-boss keeps its queues in (created by a migration in `migrations/`). */
export const JOBS_SCHEMA = 'pgboss';

interface PeriodicTask {
  name: string;
  everySeconds: number;
  run: () => Promise<void>;
}

interface QueueWorker<T extends object> {
  name: string;
  handle: (data: T) => Promise<void>;
  options: { pollingIntervalSeconds?: number; batchSize?: number };
}

/**
 * The one job runner, on PostgreSQL through pg-boss: work that must run once across every
 * instance (SLA breach checks) and queued work (webhook deliveries). Started with the app,
 * stopped (gracefully) on shutdown. Features register in `onModuleInit`.
 *
 * Periodic tasks: every instance offers a job per time slot with a singleton key, pg-boss
 * keeps one per slot, and one worker runs it: one run per interval in the whole cluster, and it
 * continues when any instance dies.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private boss: PgBoss | null = null;
  private readonly periodic: PeriodicTask[] = [];
  private readonly workers: QueueWorker<object>[] = [];
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(databaseConfig.KEY) private readonly db: ConfigType<typeof databaseConfig>,
    @Inject(jobsConfig.KEY) private readonly config: ConfigType<typeof jobsConfig>,
  ) {}

  /** Runs `run` about every `everySeconds` seconds, on one instance at a time. */
  every(name: string, everySeconds: number, run: () => Promise<void>): void {
    this.periodic.push({ name, everySeconds, run });
  }

  /** Handles jobs of queue `name` (one job at a time per instance unless `batchSize`). */
  work<T extends object>(
    name: string,
    handle: (data: T) => Promise<void>,
    options: QueueWorker<T>['options'] = {},
  ): void {
    this.workers.push({ name, handle, options } as QueueWorker<object>);
  }

  /** Queues a job (for `work()` handlers); `startAfter` delays it. */
  async send(name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    if (!this.boss) throw new Error(`Job runner is not running; cannot queue ${name}`);
    await this.boss.send(name, data, options);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.enabled || !this.db.url) return;
    const boss = new PgBoss({
      connectionString: this.db.url,
      schema: JOBS_SCHEMA,
      max: 3,
      application_name: 'helpdesk-jobs',
      // pg-boss's cron scheduler is not used: periodic tasks are offered every few seconds.
      schedule: false,
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job runner error'));
    await boss.start();
    this.boss = boss;
    for (const task of this.periodic) await this.startPeriodic(boss, task);
    for (const worker of this.workers) {
      await boss.createQueue(worker.name);
      await boss.work<object>(
        worker.name,
        {
          pollingIntervalSeconds: worker.options.pollingIntervalSeconds ?? 2,
          batchSize: worker.options.batchSize ?? 1,
        },
        async (jobs) => {
          for (const job of jobs) await worker.handle(job.data);
        },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }

  private async startPeriodic(boss: PgBoss, task: PeriodicTask): Promise<void> {
    await boss.createQueue(task.name, { name: task.name, policy: 'singleton', retryLimit: 0 });
    const offer = () =>
      boss
        .send(
          task.name,
          {},
          { singletonKey: task.name, singletonSeconds: task.everySeconds, retryLimit: 0 },
        )
        .catch((err: unknown) => this.logger.warn({ err, task: task.name }, 'could not offer job'));
    await offer();
    const timer = setInterval(() => void offer(), Math.max(1, task.everySeconds / 2) * 1000);
    timer.unref();
    this.timers.push(timer);
    await boss.work(
      task.name,
      { pollingIntervalSeconds: Math.min(2, task.everySeconds) },
      async () => {
        try {
          await task.run();
        } catch (err) {
          this.logger.error({ err, task: task.name }, 'periodic job failed');
        }
      },
    );
  }
}
