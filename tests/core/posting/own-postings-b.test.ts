// Own postings 07–11: English, summer time, number words, no rate cap, glued items.
import { describe, expect, it } from 'vitest';
import { codesOf, parseFixture } from './fixture';

const points = (name: string) => parseFixture(name).request.criteria.map((c) => c.maxPoints);
const texts = (name: string, list: 'knockOuts' | 'criteria') => parseFixture(name).request[list].map((i) => i.text);

describe('own-07: an English posting', () => {
  const name = 'own-07-english.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', 'RWS-2026-0142'], ['title', 'Senior Data Engineer'], ['client', 'Rijkswaterstaat'], ['region', 'Utrecht'],
    ['hoursPerWeek', 32], ['durationMonths', 12], ['extensionOptions', '2 x 6 months'], ['start', '2026-04-01'],
    ['education', 'University (WO)'], ['deadline', '2026-03-12T10:00:00+01:00'],
    ['questionsDeadline', '2026-03-05T12:00:00+01:00'], ['maxRate', 95], ['shortlistSize', 5], ['interviewSize', 2],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads "Requirements" as knock-outs and "at least 24 hours per week" as a min-hours rule', () => {
    expect(texts(name, 'knockOuts').slice(0, 3)).toEqual([
      'At least 5 years of experience as a data engineer',
      'Experience with Azure Data Factory and Databricks',
      'Available for at least 24 hours per week',
    ]);
    expect(request.knockOuts[2]?.rule).toEqual({ kind: 'min-hours', min: 24 });
  });

  it('adds the header\'s "Hourly rate max € 95" as a knock-out, worded in English like the posting', () => {
    expect(request.knockOuts[3]).toMatchObject({ id: 'ko4', text: 'Hourly rate at most € 95', rule: { kind: 'max-rate', max: 95 } });
    expect(warnings).toMatchObject([{ code: 'rate-knockout-added', field: 'knockOuts.ko4', params: { max: 95, knockOut: 4 } }]);
  });

  it('reads "Award criteria" with "(40 points)"', () => {
    expect(points(name)).toEqual([40, 35, 25]);
    expect(texts(name, 'criteria')[1]).toBe('Experience with Python and Spark');
  });

  it('reads competencies with and without a description', () =>
    expect(request.competencies).toEqual([
      { id: 'cp1', name: 'Analytical', description: 'you turn questions into data models.' },
      { id: 'cp2', name: 'Team player', description: 'you share knowledge with the data team.' },
      { id: 'cp3', name: 'Result-oriented' },
    ]));

  it('reads "Submission requirements" as offer requirements', () =>
    expect(request.offerRequirements).toEqual(['CV in English, at most 4 pages', 'Two references']));
});

describe('own-08: deadlines on both sides of the switch to summer time', () => {
  const name = 'own-08-summer-time.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '61204'], ['title', 'Kwartiermaker Omgevingsdienst'], ['client', 'Omgevingsdienst Haaglanden'],
    ['region', 'Zuid-Holland'], ['hoursPerWeek', 36], ['durationMonths', 6], ['start', 'in overleg'],
    ['deadline', '2026-03-30T09:00:00+02:00'], ['questionsDeadline', '2026-03-27T12:00:00+01:00'], ['maxRate', 140],
    ['shortlistSize', 4], ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads a rate cap in a "-" bulleted requirement', () => {
    expect(request.knockOuts).toHaveLength(3);
    expect(request.knockOuts[2]).toMatchObject({ id: 'ko3', text: 'Maximaal uurtarief € 140 exclusief btw', rule: { kind: 'max-rate', max: 140 } });
  });

  it('reads numbered criteria that start again at 1', () => expect(points(name)).toEqual([50, 50]));

  it('warns when the deadline and the client come from running text', () =>
    expect(warnings).toMatchObject([
      { code: 'client-first-named', field: 'client', params: { client: 'Omgevingsdienst Haaglanden' } },
      {
        code: 'deadline-from-sentence',
        field: 'deadline',
        params: { source: 'reactietermijn van deze inhuuropdracht duurt tot maandag 30 maart 2026' },
      },
    ]));
});

describe('own-09: Dutch number words for the shortlist and interview sizes, * bullets', () => {
  const name = 'own-09-number-words.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '70035'], ['title', 'Jurist Omgevingsrecht'], ['client', 'Gemeente Haarlemmermeer'],
    ['region', 'Noord-Holland'], ['hoursPerWeek', 32], ['durationMonths', 4], ['extensionOptions', '1 x 4 maanden'],
    ['start', '2026-02-16'], ['education', 'WO'], ['deadline', '2026-01-30T09:00:00+01:00'], ['maxRate', 98.5],
    ['shortlistSize', 5], ['interviewSize', 3], ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads a cap in euros and cents', () => expect(request.knockOuts[2]?.rule).toEqual({ kind: 'max-rate', max: 98.5 }));

  it('reads * bulleted wishes and competencies', () => {
    expect(points(name)).toEqual([40, 40, 20]);
    expect(texts(name, 'criteria')[1]).toBe('Ervaring met procederen bij de Raad van State');
    expect(request.competencies.map((c) => c.name)).toEqual(['Schriftelijke uitdrukkingsvaardigheid', 'Omgevingsbewustzijn']);
  });

  it('has nothing to warn about', () => expect(warnings).toEqual([]));
});

describe('own-10: no rate cap, a percentage fee, ties by lot', () => {
  const name = 'own-10-no-rate-cap.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '19950'], ['title', 'Communicatieadviseur Participatie'], ['client', 'Provincie Fryslân'],
    ['region', 'Friesland'], ['hoursPerWeek', 16], ['durationMonths', 3], ['start', 'zo snel mogelijk'],
    ['deadline', '2026-01-19T00:00:00+01:00'], ['tieBreak', 'none'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('adds no rate knock-out and leaves maxRate empty when the text gives no cap', () => {
    expect(request.maxRate).toBeUndefined();
    expect(request.knockOuts.map((k) => k.rule)).toEqual([undefined, undefined]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'rate-missing', field: 'maxRate' }));
  });

  it('warns when the points do not add up to 100', () => {
    expect(points(name)).toEqual([50, 40]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'points-total', field: 'criteria', params: { total: 90 } }));
  });

  it('uses 5 as the shortlist size when the text names none, and says so', () => {
    expect(request.shortlistSize).toBe(5);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'shortlist-default', field: 'shortlistSize', params: { size: 5 } }));
  });

  it('takes 00:00 for a deadline without a time, and says so', () =>
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'deadline-no-time', field: 'deadline', params: { date: '2026-01-19' } })));

  it('leaves a percentage fee empty and says so', () => {
    expect(request.brokerFee).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'fee-percent', field: 'brokerFee', params: { percent: 3 } }));
  });

  it('keeps tie-break "none" when ties are settled by lot, and says so', () =>
    expect(codesOf({ request, warnings })).toContain('tie-by-lot'));

  it('leaves every field the text does not give undefined', () => {
    for (const field of ['education', 'extensionOptions', 'questionsDeadline', 'interviewSize', 'professionals', 'offerRequirements'] as const) {
      expect(request[field], field).toBeUndefined();
    }
    expect(request.competencies).toEqual([]);
  });
});

describe('own-11: a glued item, blank lines inside items, a rate cap only in a sentence', () => {
  const name = 'own-11-glued-and-totals.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '45501'], ['title', 'Business Controller Sociaal Domein'], ['client', 'Gemeente Sittard-Geleen'],
    ['region', 'Limburg'], ['hoursPerWeek', 24], ['durationMonths', 10], ['deadline', '2026-03-03T09:00:00+01:00'],
    ['maxRate', 100], ['shortlistSize', 8], ['tieBreak', 'none'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('splits "…van een / gemeente3. Ervaring…" into two knock-outs', () =>
    expect(texts(name, 'knockOuts').slice(0, 3)).toEqual([
      'Afgeronde HBO-opleiding bedrijfseconomie of vergelijkbaar',
      'Minimaal 3 jaar ervaring als controller in het sociaal domein van een gemeente',
      'Ervaring met de P&C-cyclus van een gemeente',
    ]));

  it('adds a max-rate knock-out for a cap stated only in the running text', () => {
    expect(request.knockOuts[3]).toMatchObject({ id: 'ko4', text: 'Uurtarief maximaal € 100', rule: { kind: 'max-rate', max: 100 } });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'rate-from-sentence',
        field: 'maxRate',
        params: { sentence: 'Het maximale uurtarief bedraagt € 100,- excl. btw.', max: 100 },
      }),
    );
  });

  it('warns about the points total and the missing tie-break rule', () => {
    expect(points(name)).toEqual([40, 30, 20]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'points-total', field: 'criteria', params: { total: 90 } }));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'tie-missing', field: 'tieBreak' }));
  });
});
