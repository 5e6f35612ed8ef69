import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsService } from '../../common/observability/metrics';
import { WebhooksRepository } from './webhooks.repository';

/** Webhook delivery metrics in /metrics (prom-client, the app's registry). */
@Injectable()
export class WebhookMetrics {
  /** Attempts by result: success, http_error, timeout, dns, tls, connection_refused, … */
  readonly attempts: Counter<'result'>;
  /** Deliveries that ended: delivered, given_up (retries exhausted, 410, subscription disabled). */
  readonly deliveries: Counter<'outcome'>;
  readonly attemptDuration: Histogram;
  /** Commit of the event → 2xx from the receiver, for first-attempt successes. */
  readonly lag: Histogram;

  private stats: {
    at: number;
    value: Promise<{ depth: number; oldestAgeSeconds: number }>;
  } | null = null;

  constructor(
    metrics: MetricsService,
    private readonly repository: WebhooksRepository,
  ) {
    const registers = [metrics.registry];
    const queueStats = () => this.queueStats();
    this.attempts = new Counter({
      name: 'webhook_attempts_total',
      help: 'Webhook delivery attempts by result (success, http_error, timeout, dns, tls, connection_refused, …).',
      labelNames: ['result'] as const,
      registers,
    });
    this.deliveries = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook deliveries that reached a final state, by outcome (delivered, given_up).',
      labelNames: ['outcome'] as const,
      registers,
    });
    this.attemptDuration = new Histogram({
      name: 'webhook_attempt_duration_seconds',
      help: 'Duration of one webhook attempt (resolve, connect, request, response).',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.lag = new Histogram({
      name: 'webhook_delivery_lag_seconds',
      help: 'From the event to its successful delivery (first attempts only).',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    new Gauge({
      name: 'webhook_queue_depth',
      help: 'Pending webhook deliveries of enabled subscriptions (all tenants).',
      registers,
      async collect() {
        this.set((await queueStats()).depth);
      },
    });
    new Gauge({
      name: 'webhook_oldest_pending_age_seconds',
      help: 'Age of the oldest pending webhook delivery of an enabled subscription (0 when none).',
      registers,
      async collect() {
        this.set((await queueStats()).oldestAgeSeconds);
      },
    });
  }

  /** One query per scrape for both gauges. */
  private queueStats(): Promise<{ depth: number; oldestAgeSeconds: number }> {
    if (!this.stats || Date.now() - this.stats.at > 1000) {
      this.stats = { at: Date.now(), value: this.repository.queueStats() };
    }
    return this.stats.value;
  }
}
