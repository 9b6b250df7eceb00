import { readAhead } from '../../src/ingest/store/read-ahead.js';

/** A producer that records how far it has got, so the test sees how far ahead of the consumer it runs. */
function counting(total: number, failAt = -1) {
  const state = { produced: 0, closed: false };
  async function* items(): AsyncGenerator<number> {
    try {
      for (let i = 0; i < total; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (i === failAt) throw new Error(`broken at ${i}`);
        state.produced++;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, items: items() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('readAhead', () => {
  test('yields every item in order, producing ahead while the consumer works, never more than depth items waiting', async () => {
    const { state, items } = counting(10);
    const seen: number[] = [];
    const aheadWhileConsuming: number[] = [];
    for await (const item of readAhead(items, 3)) {
      seen.push(item);
      await settle(); // the consumer's slow work (the database copying a piece)
      aheadWhileConsuming.push(state.produced - seen.length);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // While item k was consumed, the producer had made the next 3 (one taken, three queued), never more.
    expect(aheadWhileConsuming.slice(0, 6)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(Math.max(...aheadWhileConsuming)).toBe(3);
  });

  test("the producer's error reaches the consumer after the items made before it", async () => {
    const { items } = counting(10, 4);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(items, 2)) seen.push(item);
      })(),
    ).rejects.toThrow('broken at 4');
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  test('a consumer that stops early stops the producer (no reading to the end of the file)', async () => {
    const { state, items } = counting(1000);
    for await (const item of readAhead(items, 2)) if (item === 5) break;
    expect(state.closed).toBe(true);
    expect(state.produced).toBeLessThanOrEqual(9);
  });
});
