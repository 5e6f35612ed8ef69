import {
  boundsFromEnv,
  SOAK_HEAP_MB,
  DEFAULT_BOUNDS,
  formatSoak,
  rssFromMetrics,
  runSoak,
  soakFailures,
} from '../../bench/soak';
import { PLATFORM_TOKEN } from '../factories/app.factory';
import { ChildApp, freePort, startChildApp } from '../factories/child-app';
import { createTestDatabase } from '../setup/test-db';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const RATE = Number(process.env.SOAK_RATE ?? 30);
/**
 * A minute is short for a memory trend: the garbage collector's sawtooth moves RSS by tens of
 * MiB. Here the bound catches a gross leak; npm run soak (5 minutes) holds the tight one.
 */
const BOUNDS = boundsFromEnv(process.env, { ...DEFAULT_BOUNDS, maxRssSlopeMbPerMin: 15 });

/** `npm run soak` for a minute (SOAK_SECONDS): mixed load, no 5xx, no memory trend, stable p99. */
describe('soak', () => {
  it(
    `${SECONDS} s of mixed load at ${RATE} req/s`,
    async () => {
      const db = await createTestDatabase();
      let app: ChildApp | undefined;
      try {
        app = await startChildApp(
          {
            DATABASE_URL: db.url,
            LOG_LEVEL: 'warn',
            NODE_OPTIONS: `--max-old-space-size=${SOAK_HEAP_MB}`,
          },
          await freePort(),
        );
        const url = app.url;
        const report = await runSoak({
          url,
          platformToken: PLATFORM_TOKEN,
          seconds: SECONDS,
          rate: RATE,
          warmupSeconds: 5,
          memory: () => rssFromMetrics(url),
        });
        console.log(formatSoak(report));
        expect(soakFailures(report, BOUNDS)).toEqual([]);
      } finally {
        if (app) {
          app.child.kill('SIGTERM');
          await app.exited;
        }
        await db.drop();
      }
    },
    (SECONDS + 90) * 1000,
  );
});
