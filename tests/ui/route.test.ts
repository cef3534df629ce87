// The address names a request and a tab; without a tab (or with one that is not there) it is the
// matrix — which is also what the start reads ahead.
import { describe, expect, it } from 'vitest';
import { readRoute } from '../../src/ui/route';

describe('readRoute', () => {
  it('reads the request and the tab, the matrix when none is named', () => {
    expect(readRoute('#/r/seed-30601/procedure')).toEqual({ id: 'seed-30601', tab: 'procedure' });
    expect(readRoute('#/r/seed-30601')).toEqual({ id: 'seed-30601', tab: 'matrix' });
    expect(readRoute('#/r/seed-30601/nothing')).toEqual({ id: 'seed-30601', tab: 'matrix' });
  });

  it('decodes the request id and names none for another address', () => {
    expect(readRoute('#/r/a%2Fb%20c/export')).toEqual({ id: 'a/b c', tab: 'export' });
    expect(readRoute('')).toEqual({ id: null, tab: 'matrix' });
    expect(readRoute('#/elsewhere')).toEqual({ id: null, tab: 'matrix' });
  });
});
