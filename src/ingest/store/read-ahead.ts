/**
 * Pipelining with backpressure: `readAhead(source, depth)` yields what `source` yields, in order, while pulling the
 * next items from it as soon as there is room, so the producer (reading, parsing, validating the next chunk) runs
 * while the consumer awaits its own work (the database copying the previous chunk). At most `depth` items wait in the
 * queue: a producer that is ahead stops until the consumer takes one (bounded memory). An error of the producer is
 * thrown to the consumer at the item where it happened; a consumer that stops early stops the producer.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`readAhead: depth must be a whole number ≥ 1`);
  const iterator = source[Symbol.asyncIterator]();
  const queue: IteratorResult<T>[] = [];
  let failure: { error: unknown } | null = null;
  let stopped = false;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = (which: 'consumer' | 'producer') => {
    const resume = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = null;
    else wakeProducer = null;
    resume?.();
  };
  const produce = async () => {
    try {
      for (;;) {
        while (queue.length >= depth && !stopped) await new Promise<void>((resolve) => (wakeProducer = resolve));
        if (stopped) return;
        const next = await iterator.next();
        queue.push(next);
        wake('consumer');
        if (next.done) return;
      }
    } catch (error) {
      failure = { error };
      wake('consumer');
    }
  };
  const producing = produce();
  try {
    for (;;) {
      while (queue.length === 0 && failure === null) await new Promise<void>((resolve) => (wakeConsumer = resolve));
      const next = queue.shift();
      if (next === undefined) throw (failure as unknown as { error: unknown }).error;
      wake('producer');
      if (next.done) return;
      yield next.value;
    }
  } finally {
    stopped = true;
    wake('producer');
    await producing;
    if (failure === null) await iterator.return?.();
  }
}
