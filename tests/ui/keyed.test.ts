import { describe, expect, it } from 'vitest';
import { withKey } from '../../src/ui/keyed';

describe('withKey', () => {
  it('sets a key in a copy and leaves the original as it was', () => {
    const all = { a: 1 };
    expect(withKey(all, 'b', 2)).toEqual({ a: 1, b: 2 });
    expect(all).toEqual({ a: 1 });
  });
  it('removes the key when there is no value (null or undefined), keeping falsy values like 0', () => {
    expect(withKey({ a: 1, b: 2 }, 'a', null)).toEqual({ b: 2 });
    expect(withKey({ a: 1 }, 'a', undefined)).toEqual({});
    expect(withKey({ a: 1 }, 'a', 0)).toEqual({ a: 0 });
  });
});
