// The parser's warnings in the chosen language: every code has a Dutch and an English template,
// neither language leaks into the other, and no warning the parser gives for any fixture posting
// falls back to the core's Dutch sentence in English, or shows an item's code name in Dutch.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTING_WARNING_CODES, parsePosting, type PostingWarning } from '../../src/core';
import { postingWarnings as enTemplates } from '../../src/ui/i18n/en/posting-warnings';
import { setLocale } from '../../src/ui/i18n/index';
import { postingWarnings as nlTemplates } from '../../src/ui/i18n/nl/posting-warnings';
import { postingWarningText } from '../../src/ui/i18n/posting-warnings';

const FIXTURES = fileURLToPath(new URL('../fixtures/postings/', import.meta.url));

function postingFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return postingFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

const corpus = postingFiles(FIXTURES).map((path) => ({ name: path.slice(FIXTURES.length), warnings: parsePosting(readFileSync(path, 'utf8')).warnings }));

const words = (templates: Record<string, string>) =>
  new Set(Object.values(templates).flatMap((t) => t.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []));

// Words both languages write the same; anything else the two share is one language in the other.
const SHARED = new Set(['of', 'per', 'week', 'in', 'is', 'start', 'deadline', 'maximum', 'knock-out', 'knock-outs', 'fee', 'shortlist', 'criteria', 'score']);

afterEach(() => setLocale('nl'));

describe('the dictionaries of the posting warnings', () => {
  it.each([...POSTING_WARNING_CODES])('%s has a Dutch and an English template', (code) => {
    expect(nlTemplates).toHaveProperty([`pw_${code}`]);
    expect(enTemplates).toHaveProperty([`pw_${code}`]);
  });

  it('hold no template for a code the parser cannot emit', () =>
    expect(Object.keys(nlTemplates).sort()).toEqual(POSTING_WARNING_CODES.map((c) => `pw_${c}`).sort()));

  it('use the same placeholders in both languages', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nlTemplates) as Array<keyof typeof nlTemplates>) {
      expect(placeholders(enTemplates[key]), key).toEqual(placeholders(nlTemplates[key]));
    }
  });

  it('share no words between Dutch and English beyond those both languages write alike', () => {
    const english = words(enTemplates);
    expect([...words(nlTemplates)].filter((w) => english.has(w) && !SHARED.has(w))).toEqual([]);
  });
});

describe('postingWarningText', () => {
  const rate: PostingWarning = {
    code: 'rate-knockout-added',
    field: 'knockOuts.ko4',
    params: { max: 92.5, knockOut: 4 },
    message: 'Knock-outs: het maximale uurtarief (€ 92,50) stond niet bij de knock-outs; als knock-out 4 toegevoegd.',
  };

  it('words a warning in English, with the amount in the English format', () => {
    setLocale('en');
    expect(postingWarningText(rate)).toBe(
      'Knock-outs: the maximum hourly rate (€92.50) was not among the knock-outs; added as knock-out 4.',
    );
  });

  it('words it in Dutch with a Dutch amount and the knock-out by its place, not its id', () => {
    setLocale('nl');
    const text = postingWarningText(rate);
    expect(text).toContain('92,50');
    expect(text).toContain('knock-out 4');
    expect(text).not.toContain('ko4');
  });

  it('writes weekdays and dates in the chosen language', () => {
    const weekday: PostingWarning = {
      code: 'deadline-weekday',
      field: 'deadline',
      params: { date: '2025-12-22', named: 2, actual: 1 },
      message: 'Deadline: de tekst noemt dinsdag, maar 2025-12-22 is een maandag; controleer de datum.',
    };
    setLocale('en');
    expect(postingWarningText(weekday)).toBe('Deadline: the text says Tuesday, but 22 Dec 2025 is a Monday; please check the date.');
    setLocale('nl');
    expect(postingWarningText(weekday)).toBe('Deadline: de tekst noemt dinsdag, maar 22 dec 2025 is een maandag; controleer de datum.');
  });

  it('falls back to the core sentence for a code it does not know', () => {
    setLocale('en');
    expect(postingWarningText({ code: 'something-new', message: 'Iets nieuws.' })).toBe('Iets nieuws.');
  });

  it('falls back to the core sentence when a param the template needs is missing', () => {
    setLocale('en');
    expect(postingWarningText({ code: 'hours-range', field: 'hoursPerWeek', message: 'Uren per week: bereik.' })).toBe('Uren per week: bereik.');
  });
});

describe('every warning the parser gives for the fixture postings', () => {
  it('covers some postings, so the checks below check something', () => expect(corpus.length).toBeGreaterThanOrEqual(14));

  it.each(corpus)('$name: in English, none comes back as the Dutch fallback', ({ warnings }) => {
    setLocale('en');
    for (const warning of warnings) {
      const text = postingWarningText(warning);
      expect(text, warning.code).not.toBe(warning.message);
      expect(text, warning.code).not.toMatch(/\{\w+\}/);
    }
  });

  it.each(corpus)('$name: in Dutch, no item is named by its code', ({ warnings }) => {
    setLocale('nl');
    for (const warning of warnings) {
      expect(postingWarningText(warning), warning.code).not.toMatch(/\b(?:ko|cr|cp|cc)\d+\b/);
      expect(warning.message, warning.code).not.toMatch(/\b(?:ko|cr|cp|cc)\d+\b/);
    }
  });
});
