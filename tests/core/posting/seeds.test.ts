// The two seed postings, field by field against the table in PRODUCT §2.
import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixture';

describe('seed 000 (SOR Ondersteuner, Gemeente Westerveld)', () => {
  const { request, warnings } = parseFixture('000_b66ea57ac9e92ed7.txt');

  it.each([
    ['number', '25924'],
    ['title', 'SOR Ondersteuner'],
    ['client', 'Gemeente Westerveld'],
    ['region', 'Drenthe'],
    ['hoursPerWeek', 8],
    ['durationMonths', 12],
    ['extensionOptions', '1 x 12 maanden'],
    ['start', '2026-02-01'],
    ['education', 'HBO'],
    ['deadline', '2025-12-22T09:00:00+01:00'],
    ['questionsDeadline', '2025-12-17T09:00:00+01:00'],
    ['maxRate', 75],
    ['brokerFee', 0],
    ['professionals', 1],
    ['shortlistSize', 5],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('skips the "reactietermijn verlopen" notice above the title', () =>
    expect(request.title).not.toMatch(/reactietermijn|Hartelijk/));

  it('leaves the interview size empty, because "de beste kandidaten" gives no number, and says so', () => {
    expect(request.interviewSize).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'interview-size-missing', field: 'interviewSize' }));
  });

  it('reads the two step-3 criteria of the client, 10 points each because the text gives none, with a warning', () => {
    expect(request.clientCriteria).toMatchObject([
      { id: 'cc1', text: 'Relevante werkervaring op soortgelijke opdrachten', maxPoints: 10 },
      { id: 'cc2', text: 'Relevante werkervaring bij soortgelijke organisaties', maxPoints: 10 },
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'client-criteria-default-points', field: 'clientCriteria', params: { points: 10 } }));
  });

  it('reads "excl. btw" as no inclusions in the rate', () => expect(request.maxRateIncludes).toBeUndefined());

  it('finds 4 knock-outs in text order, splitting "…BAG/WOZ4. Minimaal…" and keeping the rate numbered 3 last', () => {
    expect(request.knockOuts.map((k) => k.id)).toEqual(['ko1', 'ko2', 'ko3', 'ko4']);
    expect(request.knockOuts.map((k) => k.text)).toEqual([
      'Aantoonbaar afgeronde opleiding op minimaal HBO bachelor niveau',
      'Minimaal 1 jaar aantoonbare werkervaring met het implementeren van SOR op het gebied van BAG/WOZ',
      'Minimaal 1 jaar aantoonbare werkervaring op het gebied van BAG/WOZ werkzaamheden',
      'Het maximale uurtarief bedraagt 75,- excl. btw',
    ]);
  });

  it('gives the listed rate knock-out the max-rate rule and no other knock-out a rule', () =>
    expect(request.knockOuts.map((k) => k.rule)).toEqual([undefined, undefined, undefined, { kind: 'max-rate', max: 75 }]));

  it('finds the criteria numbered 4–7 with 10, 30, 40 and 20 points', () => {
    expect(request.criteria.map((c) => c.maxPoints)).toEqual([10, 30, 40, 20]);
    expect(request.criteria.map((c) => c.id)).toEqual(['cr1', 'cr2', 'cr3', 'cr4']);
  });

  it('joins criteria wrapped over blank lines and drops the "(10 punten)" suffix', () =>
    expect(request.criteria.map((c) => c.text)).toEqual([
      'Aantoonbaar afgeronde opleiding op minimaal HBO bachelor niveau in het vakgebied BAG/WOZ',
      'Minimaal 2 jaar aantoonbare werkervaring op het gebied van BAG/WOZ werkzaamheden bij een gemeente',
      'Minimaal 2 jaar aantoonbare werkervaring met het implementeren van SOR op het gebied van BAG/WOZ bij een gemeente',
      'Aantoonbare werkervaring met de Waarderingskader',
    ]));

  it('lists the 7 competencies by name, without descriptions', () => {
    expect(request.competencies.map((c) => c.name)).toEqual([
      'Zelfstandig', 'Communicatief', 'Verantwoordelijk', 'Flexibel', 'Kritisch', 'Nauwkeurig', 'Plannen en organiseren',
    ]);
    expect(request.competencies.every((c) => c.description === undefined)).toBe(true);
    expect(request.competencies[6]?.id).toBe('cp7');
  });

  it('reads the offer requirements from "CV-eisen"', () =>
    expect(request.offerRequirements).toEqual(['Maximaal 5 pagina’s, opgesteld in het Nederlands, minimaal 2 referenties']));

  it('warns that the client was derived from a phrase, and about the interview size and the client points', () => {
    expect(warnings.map((w) => w.code)).toEqual(['client-from-phrase', 'interview-size-missing', 'client-criteria-default-points']);
    expect(warnings[0]).toEqual({
      code: 'client-from-phrase',
      field: 'client',
      params: { phrase: 'Werken voor de Gemeente Westerveld', client: 'Gemeente Westerveld' },
      message: "Opdrachtgever: afgeleid uit 'Werken voor de Gemeente Westerveld'; controleer dit.",
    });
  });
});

describe('seed 002 (BI Specialist, SWO De Wolden Hoozeveen)', () => {
  const { request, warnings } = parseFixture('002_30b003ba387f8f1b.txt');

  it.each([
    ['number', '30601'],
    ['title', 'BI Specialist / Functioneel Adviseur Monitor Sociaal Domein'],
    ['client', 'Samenwerkingsorganisatie De Wolden Hoozeveen (SWO)'],
    ['region', 'Drenthe'],
    ['hoursPerWeek', 16],
    ['durationMonths', 6],
    ['extensionOptions', '3 x 6 maanden'],
    ['start', 'Zo snel mogelijk'],
    ['education', 'HBO'],
    ['deadline', '2026-06-29T09:00:00+02:00'],
    ['questionsDeadline', '2026-06-25T09:00:00+02:00'],
    ['maxRate', 120],
    ['maxRateIncludes', ['reiskosten', 'parkeerkosten', 'fee']],
    ['brokerFee', 2.25],
    ['professionals', 1],
    ['shortlistSize', 10],
    ['interviewSize', 3],
    ['tieBreak', 'lowest-rate'],
  ] as const)('reads %s as %j', (field, value) => expect(request[field]).toEqual(value));

  it('finds 8 knock-outs, in order', () => {
    const beginnings = [
      "Op deze opdracht is het principe 'Bring Your Own Device'",
      'Aantoonbare werkervaring met het opzetten en/of doorontwikkelen van BI-dashboards',
      "Aantoonbare werkervaring met het vertalen van beleidsdoelstellingen naar KPI's",
      'Aantoonbare werkervaring binnen het gemeentelijk Sociaal Domein',
      'Aantoonbare werkervaring met stakeholdermanagement',
      'Aantoonbare werkervaring met Power BI',
      'Beschikbaar voor minimaal 16 uur per week',
      'Uurtarief maximaal € 120,- exclusief btw',
    ];
    expect(request.knockOuts).toHaveLength(8);
    request.knockOuts.forEach((k, i) => expect(k.text.startsWith(beginnings[i] ?? '?'), k.text).toBe(true));
  });

  it('drops the trailing ";" of a knock-out', () =>
    expect(request.knockOuts[5]?.text).toBe('Aantoonbare werkervaring met Power BI'));

  it('gives item 7 the min-hours rule and item 8 the max-rate rule', () =>
    expect(request.knockOuts.map((k) => k.rule)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined,
      { kind: 'min-hours', min: 16 },
      { kind: 'max-rate', max: 120 },
    ]));

  it('finds the criteria numbered 9–15 with 20, 15, 15, 15, 10, 10, 15 points', () =>
    expect(request.criteria.map((c) => c.maxPoints)).toEqual([20, 15, 15, 15, 10, 10, 15]));

  it('reads points that follow a long sentence on the same line, and drops "(15 punten);"', () => {
    expect(request.criteria[1]?.text).toBe(
      'Aantoonbare kennis van gegevensuitwisseling binnen het Sociaal Domein (bijvoorbeeld iWmo, iJw en/of i-Sociaal Domein). Onder de werkervaring wordt expliciet vermeld waar deze kennis is opgedaan en ingezet',
    );
    expect(request.criteria[0]?.text).toBe('Aantoonbare werkervaring met BlinQt of een vergelijkbare gemeentelijke datawarehouse-oplossing');
    expect(request.criteria[6]?.text).toBe(
      "Aantoonbare werkervaring met het opstellen van beheerprocessen, beheerorganisatie of governance rondom rapportages en KPI's",
    );
  });

  it('keeps a bracket that belongs to the text, "(GAT/UAT)", apart from the points', () =>
    expect(request.criteria[3]?.text).toBe('Aantoonbare werkervaring met het begeleiden van gebruikersacceptatietesten (GAT/UAT)'));

  it('splits each competency into a name before ":" and a description after it', () =>
    expect(request.competencies).toEqual([
      { id: 'cp1', name: 'Analytisch sterk', description: 'Je vertaalt beleidsteksten naar meetbare indicatoren.' },
      { id: 'cp2', name: 'Verbindend', description: 'Je werkt als brug tussen beleid, business en IT.' },
      { id: 'cp3', name: 'Resultaatgericht', description: 'Je bewaakt de scope en levert wat is afgesproken.' },
      {
        id: 'cp4',
        name: 'Communicatief vaardig',
        description: 'Je communiceert helder met zowel beleidsmedewerkers als technisch functioneel beheer.',
      },
      { id: 'cp5', name: 'Zelfstandig en proactief', description: 'Je pakt je werk op zonder dat alles wordt voorgeschreven.' },
    ]));

  it('reads the offer requirements from "Offerte-eisen" as sentences, not breaking at "max."', () =>
    expect(request.offerRequirements).toEqual([
      "Een actueel CV (max. 5 pagina's), waaruit de gevraagde eisen en wensen duidelijk blijken",
      'Een korte motivatie (max. één A4) waaruit blijkt hoe jouw achtergrond aansluit op deze opdracht',
      'Drie referenties die telefonisch benaderd kunnen worden',
    ]));

  it('reads the two step-3 criteria of the client, 10 points each because the text gives none', () =>
    expect(request.clientCriteria).toMatchObject([
      { id: 'cc1', text: 'Relevante werkervaring op soortgelijke opdrachten', maxPoints: 10 },
      { id: 'cc2', text: 'Relevante werkervaring bij soortgelijke organisaties', maxPoints: 10 },
    ]));

  it('warns only that the client was derived from the Organisatie section, and that the client points are assumed', () =>
    expect(warnings).toEqual([
      {
        code: 'client-from-organisation',
        field: 'client',
        params: { client: 'Samenwerkingsorganisatie De Wolden Hoozeveen (SWO)' },
        message:
          'Opdrachtgever: afgeleid uit de eerste zin onder \'Organisatie\' ("Samenwerkingsorganisatie De Wolden Hoozeveen (SWO)"); controleer dit.',
      },
      {
        code: 'client-criteria-default-points',
        field: 'clientCriteria',
        params: { points: 10 },
        message: 'Criteria van de opdrachtgever: de tekst geeft geen punten; 10 per criterium aangenomen, controleer dit.',
      },
    ]));
});
