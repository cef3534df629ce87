// A pattern with its opening held back: it must find exactly what the whole pattern finds.
import { describe, expect, it } from 'vitest';
import { execGuarded, guarded } from '../../../src/core/posting/guarded';

describe('guarded patterns', () => {
  const top = guarded(String.raw`\b`, String.raw`top\s?(\d)`, 'iu');
  it.each([
    ['de Top 5 kandidaten', '5'],
    ['de ſtop 5', null], // the rest matches, the opening \b does not: the whole pattern decides
    ['geen telling', null], // the rest rules it out without the whole pattern
  ])('reads "%s" as %j', (text, count) => expect(execGuarded(top, text)?.[1] ?? null).toBe(count));

  it('keeps the flags on the whole pattern and drops "g" from the look ahead of it', () => {
    const points = guarded(String.raw`(?<![\p{L}])`, String.raw`weging\s*(\d+)`, 'giu');
    expect([points.exact.flags, points.loose.flags]).toEqual(['giu', 'iu']);
    expect([...'weging 20, weging 30'.matchAll(points.exact)].map((m) => m[1])).toEqual(['20', '30']);
  });
});
