import { describe, expect, it } from 'vitest';
import { checkRequest, type Request } from '../../src/core';
import {
  addItem,
  deadlineFromInput,
  deadlineToInput,
  defaultRuleAmount,
  definitionOf,
  moveDown,
  moveItem,
  moveUp,
  newCriterion,
  numberToInput,
  positionOf,
  removeItem,
  replaceItem,
  sameRequest,
  withCompetencyDescription,
  withCompetencyName,
  withCriterionLabel,
  withCriterionMaxPoints,
  withCriterionText,
  withKnockOutLabel,
  withKnockOutRule,
  withKnockOutText,
  withList,
  withListOp,
  withMetaField,
} from '../../src/ui/request-editor/edit';

function makeRequest(overrides: Partial<Request> = {}): Request {
  return {
    id: 'r1',
    title: 'SOR Ondersteuner',
    shortlistSize: 5,
    tieBreak: 'lowest-rate',
    knockOuts: [
      { id: 'ko1', text: 'HBO' },
      { id: 'ko2', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } },
    ],
    criteria: [
      { id: 'a', text: 'Opleiding', maxPoints: 10 },
      { id: 'b', text: 'BAG', maxPoints: 30 },
      { id: 'c', text: 'SOR', maxPoints: 40 },
      { id: 'd', text: 'Waarderingskader', maxPoints: 20 },
    ],
    competencies: [{ id: 'cp1', name: 'Zelfstandig', description: 'Pakt werk zelf op' }],
    ...overrides,
  };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const valueOf = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('expected ok');
  return result.value;
};

describe('list operations', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['x', 1, ['a', 'b', 'c']],
  ] as const)('moving %s by %d gives %j (the ends stay put)', (id, delta, expected) => {
    expect(ids(moveItem(items, id, delta))).toEqual(expected);
  });

  it('moveUp and moveDown are the two directions', () => {
    expect(ids(moveUp(items, 'c'))).toEqual(['a', 'c', 'b']);
    expect(ids(moveDown(items, 'a'))).toEqual(['b', 'a', 'c']);
  });

  it('never changes the list it was given', () => {
    const before = structuredClone(items);
    moveUp(items, 'b');
    addItem(items, { id: 'd' });
    removeItem(items, 'a');
    replaceItem(items, 'a', () => ({ id: 'a' }));
    expect(items).toEqual(before);
  });

  it('adds at the end and refuses an id that is already there', () => {
    expect(ids(addItem(items, { id: 'd' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(() => addItem(items, { id: 'b' })).toThrow(/already/);
  });

  it('removes by id, not by position', () => {
    expect(ids(removeItem(items, 'b'))).toEqual(['a', 'c']);
    expect(ids(removeItem(items, 'nope'))).toEqual(['a', 'b', 'c']);
  });

  it('replacing an item keeps its id and its place, so scores for every criterion stay attached', () => {
    const criteria = makeRequest().criteria;
    const next = replaceItem(criteria, 'c', (c) => ({ ...c, id: 'changed', maxPoints: 30 }));
    expect(next.map((c) => [c.id, c.maxPoints])).toEqual([
      ['a', 10],
      ['b', 30],
      ['c', 30],
      ['d', 20],
    ]);
  });

  it('withList changes one list of the request and leaves the rest alone', () => {
    const request = makeRequest();
    const next = withList(request, 'criteria', (c) => moveUp(c, 'c'));
    expect(ids(next.criteria)).toEqual(['a', 'c', 'b', 'd']);
    expect(next.knockOuts).toBe(request.knockOuts);
    expect(next.title).toBe(request.title);
  });

  it('withListOp moves or removes in whichever list is named', () => {
    expect(ids(withListOp(makeRequest(), 'knockOuts', (k) => moveDown(k, 'ko1')).knockOuts)).toEqual(['ko2', 'ko1']);
    expect(ids(withListOp(makeRequest(), 'competencies', (c) => removeItem(c, 'cp1')).competencies)).toEqual([]);
    expect(ids(withListOp(makeRequest(), 'criteria', (c) => moveUp(c, 'd')).criteria)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('numbers items from 1 for their labels', () => {
    expect(positionOf(makeRequest(), 'criteria', 'c')).toBe(3);
    expect(positionOf(makeRequest(), 'knockOuts', 'missing')).toBe(0);
  });
});

describe('new items', () => {
  it('a new criterion takes the points still missing to 100', () => {
    expect(newCriterion('e', [{ id: 'a', text: '', maxPoints: 62.5 }])).toEqual({ id: 'e', text: '', maxPoints: 37.5 });
  });

  it('when the weights already reach 100 a new criterion starts at 10, which the warning then shows', () => {
    expect(newCriterion('e', makeRequest().criteria).maxPoints).toBe(10);
  });
});

describe('metadata fields', () => {
  it.each([
    ['hoursPerWeek', '7,5', 7.5],
    ['hoursPerWeek', '16', 16],
    ['maxRate', '€ 1.250,00', 1250],
    ['maxRate', '75.5', 75.5],
    ['durationMonths', '12', 12],
    ['interviewSize', '3', 3],
    ['shortlistSize', '10', 10],
  ] as const)('%s reads "%s" as %d', (field, text, value) => {
    expect(valueOf(withMetaField(makeRequest(), field, text))[field]).toBe(value);
  });

  it('empty optional fields are removed, not stored as empty text', () => {
    const full = makeRequest({ client: 'Gemeente Westerveld', maxRate: 75, interviewSize: 3 });
    for (const field of ['client', 'maxRate', 'interviewSize'] as const) {
      expect(field in valueOf(withMetaField(full, field, '  '))).toBe(false);
    }
  });

  // PRODUCT §7, the rate cap always eliminates: the knock-outs that enforced the old cap follow it.
  it('a new maximum rate moves the max-rate knock-outs that were at the old one, not one set apart', () => {
    const request = makeRequest({
      maxRate: 75,
      knockOuts: [
        { id: 'k1', text: 'HBO' },
        { id: 'rate', text: 'Max € 75', rule: { kind: 'max-rate', max: 75 } },
        { id: 'apart', text: 'Max € 90 voor seniors', rule: { kind: 'max-rate', max: 90 } },
      ],
    });
    const next = valueOf(withMetaField(request, 'maxRate', '70', 'nl'));
    expect(next.maxRate).toBe(70);
    expect(next.knockOuts.map((k) => k.rule)).toEqual([undefined, { kind: 'max-rate', max: 70 }, { kind: 'max-rate', max: 90 }]);
    // Emptied, the cap leaves the knock-outs as they are.
    expect(valueOf(withMetaField(request, 'maxRate', '', 'nl')).knockOuts).toEqual(request.knockOuts);
  });

  it('text fields are trimmed', () => {
    expect(valueOf(withMetaField(makeRequest(), 'region', '  Drenthe ')).region).toBe('Drenthe');
    expect(valueOf(withMetaField(makeRequest(), 'start', 'Zo snel mogelijk')).start).toBe('Zo snel mogelijk');
  });

  it.each([
    ['hoursPerWeek', 'veel', 'not-a-number'],
    ['hoursPerWeek', '-8', 'negative'],
    ['hoursPerWeek', '200', 'too-many-hours'],
    ['maxRate', '-1', 'negative'],
    ['shortlistSize', '', 'required'],
    ['shortlistSize', 'tien', 'not-a-number'],
    ['tieBreak', 'coin-flip', 'invalid-tie-break'],
    ['deadline', '22-12-2025 09:00', 'invalid-date'],
  ] as const)('%s refuses "%s" with %s', (field, text, code) => {
    expect(withMetaField(makeRequest(), field, text)).toMatchObject({ ok: false, errors: [{ code }] });
  });

  it('leaves the size rules to checkRequest, which saveRequest runs', () => {
    const zero = valueOf(withMetaField(makeRequest(), 'shortlistSize', '0'));
    expect(checkRequest(zero)).toMatchObject({ ok: false, errors: [{ code: 'invalid-shortlist-size' }] });
    const half = valueOf(withMetaField(makeRequest(), 'interviewSize', '2,5'));
    expect(checkRequest(half)).toMatchObject({ ok: false, errors: [{ code: 'invalid-interview-size' }] });
  });

  it('sets the tie-break and the deadline', () => {
    expect(valueOf(withMetaField(makeRequest(), 'tieBreak', 'none')).tieBreak).toBe('none');
    expect(valueOf(withMetaField(makeRequest(), 'deadline', '2025-12-22T09:00')).deadline).toBe('2025-12-22T09:00:00+01:00');
    expect('deadline' in valueOf(withMetaField(makeRequest({ deadline: '2025-12-22T09:00:00+01:00' }), 'deadline', ''))).toBe(false);
  });
});

describe('knock-outs', () => {
  it('sets the text, trimmed, keeping the rule', () => {
    const next = withKnockOutText(makeRequest(), 'ko2', ' Maximaal € 75 ');
    expect(next.knockOuts[1]).toEqual({ id: 'ko2', text: 'Maximaal € 75', rule: { kind: 'max-rate', max: 75 } });
  });

  it('sets a min-hours rule from Dutch input', () => {
    const next = valueOf(withKnockOutRule(makeRequest(), 'ko1', 'min-hours', '7,5'));
    expect(next.knockOuts[0]).toEqual({ id: 'ko1', text: 'HBO', rule: { kind: 'min-hours', min: 7.5 } });
  });

  it('removes the rule with "none"', () => {
    const next = valueOf(withKnockOutRule(makeRequest(), 'ko2', 'none', ''));
    expect(next.knockOuts[1]).toEqual({ id: 'ko2', text: 'Max € 75' });
  });

  it('reads an ambiguous rule amount in the language it was typed in', () => {
    expect(valueOf(withKnockOutRule(makeRequest(), 'ko2', 'max-rate', '1,250', 'en')).knockOuts[1]?.rule).toEqual({ kind: 'max-rate', max: 1250 });
    expect(valueOf(withKnockOutRule(makeRequest(), 'ko2', 'max-rate', '1,250', 'nl')).knockOuts[1]?.rule).toEqual({ kind: 'max-rate', max: 1.25 });
  });

  it('a rule needs a number', () => {
    expect(withKnockOutRule(makeRequest(), 'ko1', 'max-rate', '')).toMatchObject({ ok: false, errors: [{ code: 'required' }] });
    expect(withKnockOutRule(makeRequest(), 'ko1', 'max-rate', 'duur')).toMatchObject({ ok: false, errors: [{ code: 'not-a-number' }] });
  });

  it('a new rule starts from the request’s own maximum rate or hours', () => {
    const request = makeRequest({ maxRate: 75, hoursPerWeek: 8 });
    expect(defaultRuleAmount(request, 'max-rate')).toBe(75);
    expect(defaultRuleAmount(request, 'min-hours')).toBe(8);
    expect(defaultRuleAmount(makeRequest(), 'min-hours')).toBeUndefined();
  });
});

describe('criteria and competencies', () => {
  it('reads an ambiguous maximum in the language it was typed in', () => {
    expect(valueOf(withCriterionMaxPoints(makeRequest(), 'c', '1.250', 'criteria', 'en')).criteria[2]?.maxPoints).toBe(1.25);
    expect(valueOf(withCriterionMaxPoints(makeRequest(), 'c', '1.250', 'criteria', 'nl')).criteria[2]?.maxPoints).toBe(1250);
  });

  it('changing a maximum keeps the criterion’s id, so its scores stay', () => {
    const next = valueOf(withCriterionMaxPoints(makeRequest(), 'c', '30'));
    expect(next.criteria.map((c) => [c.id, c.maxPoints])).toEqual([
      ['a', 10],
      ['b', 30],
      ['c', 30],
      ['d', 20],
    ]);
  });

  it('reads a Dutch decimal maximum', () => {
    expect(valueOf(withCriterionMaxPoints(makeRequest(), 'a', '12,5')).criteria[0]?.maxPoints).toBe(12.5);
  });

  it('a negative maximum reads as a number, and checkRequest refuses it', () => {
    const next = valueOf(withCriterionMaxPoints(makeRequest(), 'c', '-5'));
    expect(checkRequest(next)).toMatchObject({ ok: false, errors: [{ code: 'invalid-max-points' }] });
  });

  it('an empty or unreadable maximum is refused before anything is saved', () => {
    expect(withCriterionMaxPoints(makeRequest(), 'c', '')).toMatchObject({ ok: false, errors: [{ code: 'required' }] });
    expect(withCriterionMaxPoints(makeRequest(), 'c', 'veertig')).toMatchObject({ ok: false, errors: [{ code: 'not-a-number' }] });
  });

  it('sets a criterion’s text', () => {
    expect(withCriterionText(makeRequest(), 'b', 'BAG/WOZ ').criteria[1]).toEqual({ id: 'b', text: 'BAG/WOZ', maxPoints: 30 });
  });

  it('sets a competency’s name, and removes an emptied description', () => {
    expect(withCompetencyName(makeRequest(), 'cp1', 'Zelfstandig werkend').competencies[0]?.name).toBe('Zelfstandig werkend');
    expect(withCompetencyDescription(makeRequest(), 'cp1', ' ').competencies[0]).toEqual({ id: 'cp1', name: 'Zelfstandig' });
    expect(withCompetencyDescription(makeRequest(), 'cp1', 'Nieuw').competencies[0]?.description).toBe('Nieuw');
  });
});

describe('short names for the matrix header', () => {
  it('are kept trimmed, and taken away when emptied', () => {
    const named = withCriterionLabel(makeRequest(), 'd', '  Waardering ');
    expect(named.criteria.find((c) => c.id === 'd')?.label).toBe('Waardering');
    const unnamed = withCriterionLabel(named, 'd', '   ');
    expect(unnamed.criteria.find((c) => c.id === 'd')).toEqual({ id: 'd', text: 'Waarderingskader', maxPoints: 20 });
    expect(withKnockOutLabel(makeRequest(), 'ko2', 'Tarief').knockOuts[1]).toEqual({ id: 'ko2', text: 'Max € 75', label: 'Tarief', rule: { kind: 'max-rate', max: 75 } });
  });
  it('longer than 12 characters are refused by checkRequest, for that field, not cut', () => {
    const result = checkRequest(withKnockOutLabel(makeRequest(), 'ko1', 'HBO-bachelor!'));
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-long', params: { field: 'knockOuts.ko1.label', length: 13, max: 12 } }] });
  });
});

describe('building the request to save', () => {
  it('drops the storage stamps', () => {
    const stored = { ...makeRequest(), createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z' };
    expect(definitionOf(stored)).toEqual(makeRequest());
  });

  it('sees no change when only the order of keys or an undefined field differs', () => {
    const { title, ...rest } = makeRequest();
    expect(sameRequest(makeRequest(), { ...rest, region: undefined, title })).toBe(true);
    expect(sameRequest(makeRequest(), withCriterionText(makeRequest(), 'a', 'Anders'))).toBe(false);
  });

  it('shows numbers in inputs without thousands separators, with a comma in Dutch', () => {
    expect(numberToInput(1250.5, true)).toBe('1250,5');
    expect(numberToInput(1250.5, false)).toBe('1250.5');
    expect(numberToInput(undefined, true)).toBe('');
  });
});

describe('deadline in Amsterdam time', () => {
  it.each([
    ['2025-12-22T09:00', '2025-12-22T09:00:00+01:00'],
    ['2026-06-29T09:00', '2026-06-29T09:00:00+02:00'],
    // The clock jumps from 02:00 to 03:00 on 29 March 2026: the skipped half hour moves forward.
    ['2026-03-29T02:30', '2026-03-29T03:30:00+02:00'],
    // 02:30 happens twice on 25 October 2026: the first one, still summer time, is taken.
    ['2026-10-25T02:30', '2026-10-25T02:30:00+02:00'],
  ])('reads %s as %s', (input, iso) => {
    expect(deadlineFromInput(input)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2025-12-22T09:00:00+01:00', '2025-12-22T09:00'],
    ['2026-06-29T07:00:00Z', '2026-06-29T09:00'],
    ['2026-06-29T09:00:00+02:00', '2026-06-29T09:00'],
    [undefined, ''],
    ['binnenkort', ''],
  ])('shows %s as %s', (iso, input) => {
    expect(deadlineToInput(iso)).toBe(input);
  });

  it('refuses a day that does not exist', () => {
    expect(deadlineFromInput('2026-02-30T09:00')).toMatchObject({ ok: false, errors: [{ code: 'invalid-date' }] });
  });

  it('an emptied input clears the deadline', () => {
    expect(deadlineFromInput('')).toEqual({ ok: true, value: undefined });
  });
});
