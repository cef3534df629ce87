import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeKind, ChangeRecord, ChangeValue } from '../../src/core';
import { setLocale, type Locale } from '../../src/ui/i18n';
import { changeTarget, changeValue } from '../../src/ui/matrix/change-text';
import { makeProcedureRequest } from '../builders';

// How a change-log record reads in the candidate's details (PRODUCT §4): what changed, named as
// the matrix names it, and its old and new value as the screen shows values.
const request = makeProcedureRequest({
  knockOuts: [
    { id: 'k1', text: 'HBO' },
    { id: 'k2', text: 'Maximaal uurtarief € 75', rule: { kind: 'max-rate', max: 75 } },
  ],
});
const change = (kind: ChangeKind, target?: string): ChangeRecord => ({
  id: 'ch1', at: '2026-07-06T10:00:00Z', device: 'dev-1', requestId: 'r1', candidateId: 'a', kind, ...(target === undefined ? {} : { target }), old: null, new: null,
});
const inBoth = <T>(work: () => T): Record<Locale, T> => {
  setLocale('nl');
  const nl = work();
  setLocale('en');
  return { nl, en: work() };
};

afterEach(() => setLocale('nl'));

describe('changeTarget: what changed, as the matrix names it', () => {
  it.each<[ChangeKind, string | undefined, string, string]>([
    ['score', 'c2', 'G2', 'G2'],
    ['note', 'c1', 'toelichting G1', 'note G1'],
    ['clientScore', 'cc2', 'C2', 'C2'],
    ['knockOut', 'k2', 'K2', 'K2'],
    ['competency', 'p1', 'oordeel Analytisch sterk', 'rating Analytisch sterk'],
    ['panelRating', 'Anne/p2', 'Anne: Verbindend', 'Anne: Verbindend'],
    ['field', 'hourlyRate', 'Uurtarief', 'Hourly rate'],
    ['field', 'hoursPerWeek', 'Uren per week', 'Hours per week'],
    ['invite', undefined, 'uitnodiging', 'invitation'],
    ['award', undefined, 'gunning', 'award'],
    // A merged field is named as the matrix names it, not by its path in the record.
    ['conflict', 'scores.c1', 'op twee apparaten tegelijk gewijzigd (G1); deze waarde verloor', 'changed on two devices at once (G1); this value lost'],
    ['conflict', 'knockOuts.k2', 'op twee apparaten tegelijk gewijzigd (K2); deze waarde verloor', 'changed on two devices at once (K2); this value lost'],
    ['conflict', 'hourlyRate', 'op twee apparaten tegelijk gewijzigd (Uurtarief); deze waarde verloor', 'changed on two devices at once (Hourly rate); this value lost'],
    ['conflict', 'mystery.x', 'op twee apparaten tegelijk gewijzigd (mystery.x); deze waarde verloor', 'changed on two devices at once (mystery.x); this value lost'],
  ])('%s %s → %s / %s', (kind, target, nl, en) => {
    expect(inBoth(() => changeTarget(change(kind, target), request))).toEqual({ nl, en });
  });

  it.each<[ChangeKind, string, string]>([
    // A criterion, knock-out or competency deleted since: the log keeps its id rather than a wrong code.
    ['score', 'gone', 'gone'],
    ['clientScore', 'gone', 'gone'],
    ['knockOut', 'gone', 'gone'],
    ['panelRating', 'Anne/gone', 'Anne: gone'],
    ['field', 'bsn', 'bsn'],
  ])('names a %s of something the request no longer has by its id: %s → %s', (kind, target, text) => {
    expect(inBoth(() => changeTarget(change(kind, target), request))).toEqual({ nl: text, en: text });
  });

  it('names the note of a deleted criterion by its id', () => {
    expect(inBoth(() => changeTarget(change('note', 'gone'), request))).toEqual({ nl: 'toelichting gone', en: 'note gone' });
  });
});

describe('changeValue: the old and new value as the screen shows values', () => {
  it("words a merged field's values as that field's (a knock-out's verdict, an amount)", () => {
    expect(inBoth(() => changeValue(change('conflict', 'knockOuts.k1'), 'pass'))).toEqual({ nl: 'voldaan', en: 'met' });
    expect(inBoth(() => changeValue(change('conflict', 'hourlyRate'), 82.5))).toEqual({ nl: '€\u00a082,50', en: '€82.50' });
    expect(inBoth(() => changeValue(change('conflict', 'scores.c1'), 17.5))).toEqual({ nl: '17,5', en: '17.5' });
  });

  it.each<[ChangeKind, string | undefined, ChangeValue, string, string]>([
    ['knockOut', 'k1', 'pass', 'voldaan', 'met'],
    ['knockOut', 'k1', 'fail', 'niet voldaan', 'not met'],
    ['knockOut', 'k1', 'unknown', 'onbekend', 'unknown'],
    ['competency', 'p1', 'onvoldoende', 'onvoldoende', 'insufficient'],
    ['panelRating', 'Anne/p1', 'voldoende', 'voldoende', 'sufficient'],
    ['panelRating', 'Anne/p1', 'goed', 'goed', 'good'],
    ['score', 'c1', 7.5, '7,5', '7.5'],
    ['clientScore', 'cc1', 10, '10', '10'],
    ['field', 'hoursPerWeek', 16, '16', '16'],
    ['field', 'hourlyRate', 82.5, '€\u00a082,50', '€82.50'],
    ['field', 'hourlyRate', 1250, '€\u00a01.250,00', '€1,250.00'],
    ['invite', undefined, '2026-07-06', '6 jul 2026', '6 Jul 2026'],
    ['field', 'supplier', 'Bureau X', 'Bureau X', 'Bureau X'],
  ])('%s %s: %j → %s / %s', (kind, target, value, nl, en) => {
    expect(inBoth(() => changeValue(change(kind, target), value))).toEqual({ nl, en });
  });

  it('says empty for nothing, an empty text and an award of nobody', () => {
    const empties: [ChangeKind, ChangeValue][] = [
      ['score', null],
      ['note', ''],
      ['award', { awarded: [], decidedAt: '2026-07-20' }],
    ];
    for (const [kind, value] of empties) expect(inBoth(() => changeValue(change(kind), value))).toEqual({ nl: '(leeg)', en: '(empty)' });
  });

  it('words an award by how many were awarded and the day', () => {
    const award = { awarded: ['c', 'd'], decidedAt: '2026-07-20T14:00:00+02:00', objectionUntil: '2026-08-09' };
    expect(inBoth(() => changeValue(change('award'), award))).toEqual({ nl: 'gegund aan 2 op 20 jul 2026', en: 'awarded to 2 on 20 Jul 2026' });
  });

  it('cuts a long note to 60 characters', () => {
    const note = `Zie CV pagina 2: ${'acht jaar ervaring met BAG en WOZ, '.repeat(3)}`;
    const shown = changeValue(change('note', 'c1'), note);
    expect([...shown]).toHaveLength(60);
    expect(shown).toBe(`${note.slice(0, 59)}…`);
  });

  it('shows a value of a field that is no knock-out or rating as it was stored, in either language', () => {
    // "goed" in a note is the consultant's word, not a rating to translate.
    expect(inBoth(() => changeValue(change('note', 'c1'), 'goed'))).toEqual({ nl: 'goed', en: 'goed' });
    expect(inBoth(() => changeValue(change('field', 'name'), 'pass'))).toEqual({ nl: 'pass', en: 'pass' });
  });
});
