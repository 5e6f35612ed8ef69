import { EnvironmentVariables } from '../../config/env.validation';
import { retryDelaySeconds } from './delivery.worker';

describe('retryDelaySeconds', () => {
  const schedule = new EnvironmentVariables().WEBHOOK_RETRY_SCHEDULE.split(',').map(Number);

  it('backs off exponentially from seconds to about three days by default', () => {
    const delays = schedule.map((_, i) => retryDelaySeconds(schedule, i + 1, () => 0.5)!);
    expect(delays[0]).toBe(5);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total / 86400).toBeGreaterThan(2.8);
    expect(total / 86400).toBeLessThan(3.5);
  });

  it('adds ±10% jitter', () => {
    expect(retryDelaySeconds([100], 1, () => 0)).toBeCloseTo(90);
    expect(retryDelaySeconds([100], 1, () => 0.999999)).toBeCloseTo(110);
  });

  it('gives up after the last entry', () => {
    expect(retryDelaySeconds([1, 2], 3)).toBeNull();
    expect(retryDelaySeconds([1, 2], 0)).toBeNull();
  });
});
