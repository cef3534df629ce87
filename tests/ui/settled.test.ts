import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createSettled } from '../../src/ui/settled';

afterEach(() => {
  vi.useRealTimers();
});

describe('createSettled', () => {
  it('follows its source once the source has been still for the given time, or at once when urgent', () => {
    vi.useFakeTimers();
    const { setValue, settled, dispose } = createRoot((dispose) => {
      const [value, setValue] = createSignal(0);
      return { setValue, settled: createSettled(value, 200, (v) => v < 0), dispose };
    });
    // Disposed even when an assertion below fails, so the root's timer cannot leak into another test.
    onTestFinished(dispose);
    expect(settled()).toBe(0);
    setValue(1);
    vi.advanceTimersByTime(150);
    setValue(2);
    vi.advanceTimersByTime(150);
    // Still changing 150 ms ago: not yet.
    expect(settled()).toBe(0);
    vi.advanceTimersByTime(50);
    expect(settled()).toBe(2);
    setValue(-1);
    expect(settled()).toBe(-1);
  });
});
