// Own postings 01–06, in the styles the trade uses: each given field is checked.
import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixture';

const points = (name: string) => parseFixture(name).request.criteria.map((c) => c.maxPoints);
const texts = (name: string, list: 'knockOuts' | 'criteria') => parseFixture(name).request[list].map((i) => i.text);

describe('own-01: "Eisen" with • bullets, "Wensen" with - bullets, "Key: value" header', () => {
  const name = 'own-01-eisen-wensen.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '41077'], ['title', 'Adviseur Informatiebeveiliging'], ['client', 'Gemeente Zwolle'],
    ['region', 'Overijssel'], ['hoursPerWeek', 24], ['durationMonths', 9], ['extensionOptions', '2 x 3 maanden'],
    ['start', '2026-03-02'], ['education', 'WO'], ['deadline', '2026-02-10T12:00:00+01:00'],
    ['questionsDeadline', '2026-02-04T12:00:00+01:00'], ['maxRate', 95], ['brokerFee', 0], ['shortlistSize', 5],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('leaves fields the text does not give undefined', () => {
    expect(request.interviewSize).toBeUndefined();
    expect(request.professionals).toBeUndefined();
    expect(request.maxRateIncludes).toBeUndefined();
  });

  it('adds a max-rate knock-out when the rate cap is only in the header', () => {
    expect(request.knockOuts).toHaveLength(4);
    expect(request.knockOuts[3]).toMatchObject({ id: 'ko4', text: 'Uurtarief maximaal € 95', rule: { kind: 'max-rate', max: 95 } });
    expect(warnings).toContainEqual({
      code: 'rate-knockout-added',
      field: 'knockOuts.ko4',
      params: { max: 95, knockOut: 4 },
      message: 'Knock-outs: het maximale uurtarief (€ 95) stond niet bij de knock-outs; als knock-out 4 toegevoegd.',
    });
  });

  it('reads the bulleted requirements without their bullets', () =>
    expect(texts(name, 'knockOuts').slice(0, 3)).toEqual([
      'Afgeronde WO-opleiding in de richting informatiekunde, bedrijfskunde of vergelijkbaar',
      'Minimaal 3 jaar werkervaring als adviseur informatiebeveiliging bij een gemeente',
      'Aantoonbare kennis van de BIO (Baseline Informatiebeveiliging Overheid)',
    ]));

  it('reads "Wensen" as criteria and joins an indented continuation line', () => {
    expect(points(name)).toEqual([30, 25, 25, 20]);
    expect(texts(name, 'criteria')[2]).toBe(
      'Ervaring met het opstellen van een informatiebeveiligingsbeleid voor een gemeente van meer dan 100.000 inwoners',
    );
  });

  it('reads competencies and bulleted CV requirements', () => {
    expect(request.competencies.map((c) => c.name)).toEqual(['Overtuigingskracht', 'Integriteit', 'Analytisch vermogen']);
    expect(request.offerRequirements).toEqual(["Maximaal 4 pagina's", 'In het Nederlands', 'Twee referenties uit de afgelopen drie jaar']);
  });

  it('takes a client from a header field without a warning', () =>
    expect(warnings.some((w) => w.field === 'client')).toBe(false));
});

describe('own-02: K1/G1 codes, tab-separated single pairs, summer-time deadline', () => {
  const name = 'own-02-knockout-gunning-codes.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', 'PGLD-2026-118'], ['title', 'Projectleider Energietransitie'], ['client', 'Provincie Gelderland'],
    ['region', 'Gelderland'], ['hoursPerWeek', 36], ['durationMonths', 12], ['extensionOptions', '1 x 12 maanden'],
    ['start', '2026-09-01'], ['education', 'HBO/WO'], ['deadline', '2026-07-10T17:00:00+02:00'],
    ['questionsDeadline', '2026-07-06T10:00:00+02:00'], ['maxRate', 110], ['maxRateIncludes', ['reiskosten']],
    ['shortlistSize', 10], ['interviewSize', 4], ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads "K1.", "K3:" and "K4 " codes and the rules they state', () => {
    expect(texts(name, 'knockOuts')).toEqual([
      'Minimaal 5 jaar ervaring als projectleider in het ruimtelijk domein',
      'Ervaring met regionale energiestrategieën (RES)',
      'Beschikbaar voor minimaal 32 uur per week',
      'Het uurtarief bedraagt maximaal € 110,- inclusief reiskosten en exclusief btw',
    ]);
    expect(request.knockOuts.map((k) => k.rule)).toEqual([
      undefined, undefined, { kind: 'min-hours', min: 32 }, { kind: 'max-rate', max: 110 },
    ]);
  });

  it('reads "– 40 pnt" after G-coded criteria', () => {
    expect(points(name)).toEqual([40, 30, 30]);
    expect(texts(name, 'criteria')[0]).toBe('Ervaring met netcongestie-vraagstukken bij een provincie of netbeheerder');
  });

  it('takes the upper end of an hours range and warns', () =>
    expect(warnings).toMatchObject([{ code: 'hours-range', field: 'hoursPerWeek', params: { text: '32 - 36 uur', hours: 36 } }]));
});

describe('own-03: pipe tables for header, requirements and criteria', () => {
  const name = 'own-03-pipe-tables.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '40112'], ['title', 'Medewerker Vergunningverlening Watervergunningen'],
    ['client', 'Waterschap Vallei en Veluwe'], ['region', 'Gelderland'], ['hoursPerWeek', 36], ['durationMonths', 6],
    ['start', 'Zo spoedig mogelijk'], ['deadline', '2026-01-15T09:00:00+01:00'], ['maxRate', 85],
    ['shortlistSize', 3], ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('skips header and rule rows and the number column of a table', () => {
    expect(texts(name, 'knockOuts')).toEqual([
      'Afgeronde hbo-opleiding Watermanagement, Civiele Techniek of vergelijkbaar',
      'Minimaal 2 jaar ervaring met het opstellen van watervergunningen onder de Omgevingswet',
      'Uurtarief maximaal € 85 excl. btw',
    ]);
    expect(request.knockOuts[2]?.rule).toEqual({ kind: 'max-rate', max: 85 });
  });

  it('reads points from a table cell', () => {
    expect(points(name)).toEqual([40, 35, 25]);
    expect(texts(name, 'criteria')[0]).toBe('Ervaring met de Keur en legger van een waterschap');
  });

  it('does not add a rate knock-out when a listed one states the cap', () =>
    expect(warnings).toEqual([]));
});

describe('own-04: tab tables with percentages, two pairs per header line', () => {
  const name = 'own-04-tab-tables-percent.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '52210'], ['title', 'Strategisch Adviseur Mobiliteit'], ['client', 'Vervoerregio Amsterdam'],
    ['region', 'Noord-Holland'], ['hoursPerWeek', 28], ['durationMonths', 18], ['extensionOptions', '2 x 6 maanden'],
    ['start', '2026-04-01'], ['education', 'WO'], ['deadline', '2026-03-11T14:00:00+01:00'], ['maxRate', 130],
    ['shortlistSize', 5], ['interviewSize', 2], ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads E-coded rows as knock-outs and percent cells as points', () => {
    expect(texts(name, 'knockOuts')[0]).toBe('Minimaal 8 jaar ervaring als adviseur mobiliteit bij een overheidsorganisatie');
    expect(request.knockOuts[2]?.rule).toEqual({ kind: 'max-rate', max: 130 });
    expect(points(name)).toEqual([35, 25, 20, 20]);
    expect(texts(name, 'criteria')[1]).toBe('Ervaring met bestuurlijke besluitvorming in een vervoerregio');
  });

  it('takes the leading name of the Organisatie section when it names no known kind of body', () =>
    expect(warnings).toMatchObject([{ code: 'client-from-organisation', field: 'client', params: { client: 'Vervoerregio Amsterdam' } }]));

  it('splits offer requirements written as sentences', () =>
    expect(request.offerRequirements).toEqual(["Een cv van maximaal 3 pagina's", 'Een motivatiebrief van maximaal 1 A4']));
});

describe('own-05: "weging 30%" in three notations, a fee per hour, two professionals', () => {
  const name = 'own-05-weging-inline.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '33480'], ['title', 'Functioneel Beheerder Zaaksysteem'], ['client', 'Gemeente Amersfoort'],
    ['region', 'Utrecht'], ['hoursPerWeek', 32], ['durationMonths', 6], ['start', 'per direct'],
    ['education', 'MBO+/HBO'], ['deadline', '2026-01-08T10:00:00+01:00'], ['maxRate', 80],
    ['maxRateIncludes', ['reiskosten']], ['brokerFee', 1.95], ['professionals', 2], ['shortlistSize', 5],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('skips a bare "Inhuuropdracht" label when looking for the title', () =>
    expect(request.title).toBe('Functioneel Beheerder Zaaksysteem'));

  it('reads "(weging 30%)", "– weging 30%", ", weging: 25%" as points', () => {
    expect(points(name)).toEqual([30, 30, 25, 15]);
    expect(texts(name, 'criteria')).toEqual([
      'Ervaring met Zaaksysteem.nl of OpenZaak',
      'Ervaring met het inrichten van zaaktypen volgens de ZTC',
      'Ervaring met de migratie van een zaaksysteem',
      'ITIL 4 Foundation-certificaat',
    ]);
  });

  it('drops the ";" that ends a knock-out', () =>
    expect(texts(name, 'knockOuts')[1]).toBe('Ervaring met Xential of SmartDocuments'));

  it('splits competencies written on one line with commas and "en"', () =>
    expect(request.competencies.map((c) => c.name)).toEqual(['Klantgericht', 'Nauwkeurig', 'Samenwerken']));

  it('derives the client from "Werken bij de gemeente Amersfoort" and says so', () =>
    expect(warnings).toMatchObject([
      { code: 'client-from-phrase', field: 'client', params: { phrase: 'Werken bij de gemeente Amersfoort', client: 'Gemeente Amersfoort' } },
    ]));
});

describe('own-06: weights on the line under the item, numeric date with "om 10.00 uur"', () => {
  const name = 'own-06-points-next-line.txt';
  const { request, warnings } = parseFixture(name);
  it.each([
    ['number', '28815'], ['title', 'Senior Beleidsadviseur Wonen'], ['client', 'Gemeente Almere'],
    ['region', 'Flevoland'], ['hoursPerWeek', 20], ['durationMonths', 12], ['start', '2026-03-01'],
    ['education', 'WO'], ['deadline', '2026-02-09T10:00:00+01:00'], ['maxRate', 105], ['shortlistSize', 6],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('reads "(max. 40 punten)", "max. 35 punten" and "25 pnt" on the line under each criterion', () => {
    expect(points(name)).toEqual([40, 35, 25]);
    expect(texts(name, 'criteria')[1]).toBe('Ervaring met de Wet versterking regie volkshuisvesting');
  });

  it('joins a knock-out wrapped onto a lowercase line', () =>
    expect(texts(name, 'knockOuts')[0]).toBe(
      'Minimaal 5 jaar ervaring als beleidsadviseur wonen bij een gemeente met meer dan 100.000 inwoners',
    ));

  it('reads "niet hoger dan € 105,-" as a rate cap that matches the header', () => {
    expect(request.knockOuts[2]?.rule).toEqual({ kind: 'max-rate', max: 105 });
    expect(warnings).toEqual([]);
  });
});
