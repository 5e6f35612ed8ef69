import type { Principal } from '../../common/auth/principal';
import type { OutboxEvent } from '../../common/events/outbox.service';
import { LiveFeed } from './live-feed.service';

/**
 * The live feed as an AsyncIterator (GraphQL subscriptions): `map` turns an event into the
 * value to yield, or null to skip it. `return()` (the client unsubscribes, the socket closes)
 * closes the feed subscription.
 */
export async function feedIterator<T>(
  feed: LiveFeed,
  p: Principal,
  types: readonly string[],
  map: (e: OutboxEvent) => T | null,
): Promise<AsyncIterableIterator<T>> {
  const queue: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | null = null;
  let done = false;
  const finish = () => {
    done = true;
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };
  const subscription = await feed.open({
    tenantId: p.tenantId!,
    credential: `${p.kind}:${p.id}`,
    cursor: null,
    types,
    onEvent: (e) => {
      const value = map(e);
      if (value === null || done) return;
      if (waiting) {
        waiting({ value, done: false });
        waiting = null;
      } else queue.push(value);
    },
    onEnd: finish,
  });
  subscription.start();
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => {
      subscription.close();
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
