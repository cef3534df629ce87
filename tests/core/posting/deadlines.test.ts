// The deadline and the questions deadline: from header fields, or from a sentence.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';

const parse = (text: string) => parsePosting(`Adviseur\n\nAanvraagnummer 1\nUren per week 8 uur\n${text}`);
const deadlineWarnings = (text: string) => parse(text).warnings.filter((w) => w.field === 'deadline');

describe('deadline', () => {
  it('combines "Einde inschrijfdatum" with "Eindtijd"', () =>
    expect(parse('Einde inschrijfdatum maandag 22 december 2025\nEindtijd 09:00 uur').request.deadline).toBe('2025-12-22T09:00:00+01:00'));

  it('reads a time written in the date field itself', () =>
    expect(parse('Deadline: 12 March 2026 10:00').request.deadline).toBe('2026-03-12T10:00:00+01:00'));

  it('takes the time from a sentence about the same day when the header gives none', () => {
    const text = 'Sluitingsdatum 22 december 2025\n\nDe reactietermijn duurt tot 22 december 2025 09:00.';
    expect(parse(text).request.deadline).toBe('2025-12-22T09:00:00+01:00');
    expect(deadlineWarnings(text)).toEqual([]);
  });

  it('does not warn when a sentence repeats the date without a time', () =>
    expect(deadlineWarnings('Einde inschrijfdatum 22 december 2025\nEindtijd 09:00\n\nReageren kan tot 22 december 2025.')).toEqual([]));

  it('keeps the header and warns when a sentence names another day', () =>
    expect(deadlineWarnings('Einde inschrijfdatum 22 december 2025\nEindtijd 09:00\n\nReageren kan tot 23 december 2025 09:00.')).toEqual([
      {
        code: 'deadline-conflict',
        field: 'deadline',
        params: { label: 'Einde inschrijfdatum', deadline: '2025-12-22T09:00:00+01:00', source: 'Reageren kan tot 23 december 2025' },
        message: "Deadline: 'Einde inschrijfdatum' zegt 2025-12-22T09:00:00+01:00, maar de tekst noemt 'Reageren kan tot 23 december 2025'; controleer dit.",
      },
    ]));

  it('warns when no deadline is found', () =>
    expect(deadlineWarnings('Regio Utrecht')).toMatchObject([{ code: 'deadline-missing', field: 'deadline' }]));
});

describe('questions deadline', () => {
  it('reads a header field', () =>
    expect(parse('Vragen stellen tot: 5 maart 2026 12:00').request.questionsDeadline).toBe('2026-03-05T12:00:00+01:00'));

  it('reads "Vragen kunnen tot en met … worden gesteld"', () =>
    expect(parse('Vragen kunnen tot en met woensdag 4 februari 2026 12:00 uur worden gesteld.').request.questionsDeadline).toBe(
      '2026-02-04T12:00:00+01:00',
    ));

  it('is not taken for the deadline', () => {
    const { request } = parse('Questions can be submitted until 5 March 2026 12:00.');
    expect(request.questionsDeadline).toBe('2026-03-05T12:00:00+01:00');
    expect(request.deadline).toBeUndefined();
  });

  it('stays empty when the text gives none', () => expect(parse('Regio Utrecht').request.questionsDeadline).toBeUndefined());
});
