// Change ids sort in the order they were made, whatever the clock does.
import { describe, expect, it } from 'vitest';
import { changeId } from '../../src/db/change-id';

describe('changeId', () => {
  it('sorts ids of one millisecond, of later milliseconds and of a clock set back in the order they were made', () => {
    const ids = [changeId(1_800_000_000_000), changeId(1_800_000_000_000), changeId(1_800_000_000_001), changeId(1_799_999_999_000), changeId(1_800_000_000_002)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
