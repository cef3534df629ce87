import { describe, expect, it } from 'vitest';
import { bodyOf, changedPaths, fieldsOf, mergeAll, mergeTwo, stamp, type Revision } from '../../src/sync/merge';

const base = { requestId: 'r1', candidateId: 'a', knockOuts: { k1: 'pass' }, scores: { c1: 5, c2: 3 }, notes: {}, updatedAt: '2026-01-01T00:00:00.000Z' };
const t0 = stamp({}, changedPaths(undefined, base), '2026-01-01T00:00:00.000Z', 'dev-0');
/** A device's edit of a revision: the changed fields stamped with its moment. */
function edit(rev: Revision, change: (body: Record<string, unknown>) => Record<string, unknown>, at: string, dev: string): Revision {
  const body = change(structuredClone(rev.body));
  return { body, t: stamp(rev.t, changedPaths(rev.body, body), at, dev) };
}
const start: Revision = { body: base, t: t0 };
const scores = (r: Revision) => r.body.scores as Record<string, number>;

describe('fields of a record', () => {
  it('splits maps into one field per entry and puts them back', () => {
    const body = { ...base, panel: { 'Anne de Wit': { p1: 'goed' } }, notes: { 'c.1': 'dot in id' } };
    const { updatedAt: _stamp, ...rest } = body;
    expect(bodyOf(fieldsOf(body))).toEqual(rest);
  });
  it('names what changed, a removed entry included, never the stamp', () => {
    const after = { ...base, scores: { c1: 6 }, updatedAt: 'later' };
    expect(changedPaths(base, after).sort()).toEqual(['scores.c1', 'scores.c2']);
  });
});

describe('merging two revisions of a record changed on two devices while apart', () => {
  it('takes each side\'s own changes when they changed different fields', () => {
    const a = edit(start, (b) => ({ ...b, scores: { ...(b.scores as object), c1: 8 } }), '2026-01-02T10:00:00.000Z', 'A');
    const b = edit(start, (b) => ({ ...b, scores: { ...(b.scores as object), c2: 9 } }), '2026-01-02T09:00:00.000Z', 'B');
    const { merged, conflicts } = mergeTwo(a, b);
    expect(scores(merged)).toEqual({ c1: 8, c2: 9 });
    expect(conflicts).toEqual([]);
  });
  it('gives the same field to the later change and hands back the other value', () => {
    const a = edit(start, (b) => ({ ...b, scores: { ...(b.scores as object), c1: 8 } }), '2026-01-02T10:00:00.000Z', 'A');
    const b = edit(start, (b) => ({ ...b, scores: { ...(b.scores as object), c1: 2 } }), '2026-01-02T11:00:00.000Z', 'B');
    const { merged, conflicts } = mergeTwo(a, b);
    expect(scores(merged).c1).toBe(2);
    expect(conflicts).toMatchObject([{ path: 'scores.c1', winner: { value: 2, time: { dev: 'B' } }, loser: { value: 8, time: { dev: 'A' } } }]);
    // Whichever side the merge starts from, every device agrees.
    expect(mergeTwo(b, a).merged.body).toEqual(merged.body);
  });
  it('does not call it a conflict when one side changed a field the other side saw changed', () => {
    const a = edit(start, (b) => ({ ...b, scores: { ...(b.scores as object), c1: 8 } }), '2026-01-02T10:00:00.000Z', 'A');
    const b = edit(a, (b) => ({ ...b, scores: { ...(b.scores as object), c1: 7 } }), '2026-01-02T09:00:00.000Z', 'B');
    // B built on A's value, even with a clock behind A's: B's change stands, no conflict.
    const { merged, conflicts } = mergeTwo(a, b);
    expect(scores(merged).c1).toBe(7);
    expect(conflicts).toEqual([]);
  });
  it('keeps a field one side added and a field one side removed', () => {
    const a = edit(start, (b) => ({ ...b, notes: { c1: 'CV p. 2' } }), '2026-01-02T10:00:00.000Z', 'A');
    const b = edit(start, (b) => ({ ...b, scores: { c1: 5 } }), '2026-01-02T11:00:00.000Z', 'B');
    const { merged, conflicts } = mergeTwo(a, b);
    expect(merged.body.notes).toEqual({ c1: 'CV p. 2' });
    expect(merged.body.scores).toEqual({ c1: 5 });
    expect(conflicts).toEqual([]);
  });
  it('merges three revisions with the conflicts of each', () => {
    const a = edit(start, (b) => ({ ...b, knockOuts: { k1: 'fail' } }), '2026-01-02T10:00:00.000Z', 'A');
    const b = edit(start, (b) => ({ ...b, knockOuts: { k1: 'unknown' } }), '2026-01-02T12:00:00.000Z', 'B');
    const c = edit(start, (b) => ({ ...b, scores: { c1: 1, c2: 3 } }), '2026-01-02T11:00:00.000Z', 'C');
    const { merged, conflicts } = mergeAll([a, b, c]);
    expect(merged.body.knockOuts).toEqual({ k1: 'unknown' });
    expect(scores(merged).c1).toBe(1);
    expect(conflicts.map((x) => [x.path, x.loser.value])).toEqual([['knockOuts.k1', 'fail']]);
  });
  it('gives the merged record the latest storage stamp', () => {
    const a = edit(start, (b) => ({ ...b, updatedAt: '2026-01-03T00:00:00.000Z', scores: { c1: 9 } }), '2026-01-03T00:00:00.000Z', 'A');
    const b = edit(start, (b) => ({ ...b, updatedAt: '2026-01-02T00:00:00.000Z', notes: { c1: 'x' } }), '2026-01-02T00:00:00.000Z', 'B');
    expect(mergeTwo(a, b).merged.body.updatedAt).toBe('2026-01-03T00:00:00.000Z');
  });
});
