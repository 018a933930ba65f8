import fc from "fast-check";
import { BoundedCache } from "../../src/core/bounded-cache";

describe("BoundedCache", () => {
  it("returns what was stored", () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBe(2);
    expect(cache.get("c")).toBeUndefined();
    expect(cache.has("a")).toBe(true);
    expect(cache.has("c")).toBe(false);
  });

  it("evicts the entry inserted longest ago when full", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.has("a")).toBe(false);
    expect(cache.get("b")).toBe(2);
    expect(cache.get("c")).toBe(3);
  });

  it("treats re-setting a key as a fresh insertion, without growing", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("a", 10); // a is now the newest
    cache.set("c", 3); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(10);
    expect(cache.has("b")).toBe(false);
    expect(cache.get("c")).toBe(3);
  });

  it("computes a value once and reuses it", () => {
    const cache = new BoundedCache<string, string>(4);
    const compute = jest.fn((key: string) => key.toUpperCase());
    expect(cache.getOrCompute("x", compute)).toBe("X");
    expect(cache.getOrCompute("x", compute)).toBe("X");
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("caches undefined results too", () => {
    const cache = new BoundedCache<string, number | undefined>(4);
    const compute = jest.fn((): number | undefined => undefined);
    cache.getOrCompute("k", compute);
    cache.getOrCompute("k", compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it.each([
    [0, 1],
    [-5, 1],
    [2.7, 2],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])("turns capacity %p into a usable capacity %p", (asked, used) => {
    const cache = new BoundedCache<number, number>(asked);
    expect(cache.capacity).toBe(used);
    for (let i = 0; i < 10; i++) cache.set(i, i);
    expect(cache.size).toBe(used);
    expect(cache.get(9)).toBe(9);
  });

  it("clear empties it", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get("a")).toBeUndefined();
  });

  it("never exceeds its capacity and always keeps the newest keys (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }),
        (capacity, keys) => {
          const cache = new BoundedCache<number, number>(capacity);
          keys.forEach((key, step) => {
            cache.set(key, step);
            expect(cache.size).toBeLessThanOrEqual(capacity);
            expect(cache.get(key)).toBe(step); // the last write is always readable
          });
          // the distinct keys written last (up to capacity) are all present
          const newestDistinct: number[] = [];
          for (let i = keys.length - 1; i >= 0 && newestDistinct.length < capacity; i--) {
            if (!newestDistinct.includes(keys[i])) newestDistinct.push(keys[i]);
          }
          newestDistinct.forEach((key) => expect(cache.has(key)).toBe(true));
        }
      )
    );
  });
});
