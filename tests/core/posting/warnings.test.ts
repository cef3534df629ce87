// Warnings are data (PRODUCT §7, §9): a code from the published list, a field, params, and a
// complete Dutch sentence that names items by their place, never by their ids.
import { describe, expect, it } from 'vitest';
import { POSTING_WARNING_CODES } from '../../../src/core';
import { postingWarning, type PostingWarningCode } from '../../../src/core/posting/warnings';

// One example per code, with the params the parser gives it.
const EXAMPLES: Record<PostingWarningCode, Record<string, string | number>> = {
  'no-text': {},
  'not-a-posting': {},
  'title-missing': {},
  'client-from-organisation': { client: 'Provincie Drenthe' },
  'client-from-phrase': { phrase: 'Werken voor de Gemeente Assen', client: 'Gemeente Assen' },
  'client-first-named': { client: 'Waterschap Aa en Maas' },
  'client-missing': {},
  'hours-range': { text: '24-32 uur', hours: 32 },
  'duration-weeks': { text: '26 weken', months: 6 },
  'duration-unreadable': { text: 'tot de zomer' },
  'start-date-in-text': { text: 'Uiterlijk 1 maart 2026', date: '2026-03-01' },
  'deadline-missing': {},
  'deadline-from-sentence': { source: 'Reageren kan tot 3 maart 2026' },
  'deadline-conflict': { label: 'Sluitingsdatum', deadline: '2026-03-02T09:00:00+01:00', source: 'Reageren kan tot 3 maart 2026' },
  'deadline-no-time': { date: '2026-03-02' },
  'deadline-weekday': { date: '2025-12-22', named: 2, actual: 1 },
  'questions-deadline-no-time': { date: '2026-02-20' },
  'questions-deadline-weekday': { date: '2026-02-20', named: 4, actual: 5 },
  'rate-not-called-maximum': { label: 'Uurtarief', text: '€ 85', max: 85 },
  'rate-conflict': { label: 'Maximaal uurtarief', max: 90, knockOut: 3, knockOutMax: 95 },
  'rate-from-sentence': { sentence: 'Het tarief is maximaal € 100.', max: 100 },
  'rate-missing': {},
  'rate-knockout-added': { max: 92.5, knockOut: 4 },
  'fee-percent': { percent: 2.5 },
  'knockouts-missing': {},
  'criteria-missing': {},
  'criterion-no-points': { position: 2, text: 'Ervaring met Python' },
  'points-total': { total: 92.5 },
  'price-component': { points: 30, total: 70 },
  'price-component-percent': { percent: 40, total: 60 },
  'shortlist-default': { size: 5 },
  'shortlist-conflict': { size: 5, other: 10 },
  'interview-size-missing': {},
  'tie-by-lot': {},
  'tie-missing': {},
  'client-criteria-default-points': { points: 10 },
};

describe('postingWarning', () => {
  it('knows every code of the published list, and no other', () =>
    expect([...POSTING_WARNING_CODES].sort()).toEqual(Object.keys(EXAMPLES).sort()));

  it('codes are stable kebab-case', () => {
    for (const code of POSTING_WARNING_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(Object.entries(EXAMPLES))('%s gives a complete Dutch sentence with its params', (code, params) => {
    const make = postingWarning as (code: string, field: string | undefined, params?: Record<string, string | number>) => ReturnType<typeof postingWarning>;
    const warning = make(code, 'title', Object.keys(params).length > 0 ? params : undefined);
    expect(warning.code).toBe(code);
    expect(warning.field).toBe('title');
    expect(warning.params ?? {}).toEqual(params);
    expect(warning.message).toMatch(/[.)]$/);
    expect(warning.message).not.toMatch(/undefined|NaN|\$\{|\bko\d|\bcr\d/);
    for (const value of Object.values(params)) {
      if (typeof value === 'string' && !/^\d{4}-/.test(value)) expect(warning.message).toContain(value);
    }
  });

  it('writes numbers with a decimal comma and amounts in euros', () => {
    expect(postingWarning('points-total', 'criteria', { total: 92.5 }).message).toContain('92,5 in plaats van 100');
    expect(postingWarning('rate-knockout-added', 'knockOuts.ko4', { max: 92.5, knockOut: 4 }).message).toContain('(€ 92,50)');
  });

  it('names weekdays in the sentence, and keeps them as numbers in the params', () =>
    expect(postingWarning('deadline-weekday', 'deadline', { date: '2025-12-22', named: 2, actual: 1 })).toEqual({
      code: 'deadline-weekday',
      field: 'deadline',
      params: { date: '2025-12-22', named: 2, actual: 1 },
      message: 'Deadline: de tekst noemt dinsdag, maar 2025-12-22 is een maandag; controleer de datum.',
    }));

  it('leaves out field and params when there are none', () =>
    expect(postingWarning('no-text', undefined)).toEqual({ code: 'no-text', message: 'Geen tekst: plak de tekst van een inhuuropdracht.' }));
});
