// Every posting of the corpus of the trade, field by field against its expectation file
// (tests/fixtures/postings/corpus/README.md): the parser must give each field exactly.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';
import { compare, corpusCases, postingsWithoutExpectation } from './corpus';

const cases = corpusCases();

describe('the corpus of the trade', () => {
  it('holds at least 40 postings of its own, each with an expectation', () => {
    expect(cases.filter((c) => c.name.startsWith('corpus/')).length).toBeGreaterThanOrEqual(40);
    expect(postingsWithoutExpectation()).toEqual([]);
  });

  it('includes both seeds and the twelve older own postings', () =>
    expect(cases.filter((c) => !c.name.startsWith('corpus/')).map((c) => c.name)).toHaveLength(14));

  it.each(cases.map((c) => [c.name, c] as const))('%s: every field as expected', (name, c) => {
    for (const result of compare(c.expected, parsePosting(c.text))) expect(result.actual, `${name} · ${result.field}`).toEqual(result.expected);
  });
});
