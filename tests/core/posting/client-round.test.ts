// The client's own criteria of step 3 (PRODUCT §3.10).
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';

const posting = (round: string) =>
  parsePosting(`Adviseur\n\nAanvraagnummer: 1\nUren per week: 8\n\nEisen\n- Ervaring met X.\n\nWensen\n- Ervaring met Y (100 punten)\n\n${round}`);

describe('client criteria', () => {
  it('are read with the points the posting gives them, without a warning', () => {
    const { request, warnings } = posting(
      'Stap 3: Uitnodiging voor een selectiegesprek\n\nDe opdrachtgever beoordeelt de cv’s op de volgende criteria.\n\n1. Visie op de opdracht (60 punten).\n2. Relevante werkervaring (40 punten).\n\nDe beste 2 kandidaten worden uitgenodigd voor een gesprek.',
    );
    expect(request.clientCriteria).toMatchObject([
      { id: 'cc1', text: 'Visie op de opdracht', maxPoints: 60 },
      { id: 'cc2', text: 'Relevante werkervaring', maxPoints: 40 },
    ]);
    expect(request.interviewSize).toBe(2);
    expect(warnings.map((w) => w.code)).not.toContain('client-criteria-default-points');
  });

  it('count 10 each, with a warning, when the posting gives no points', () => {
    const { request, warnings } = posting('Stap 3\n\nDe opdrachtgever beoordeelt de cv’s op de volgende criteria.\n\nVisie op de opdracht.\nAanpak.\n\nDaarna volgt een gesprek.');
    expect(request.clientCriteria).toMatchObject([
      { id: 'cc1', text: 'Visie op de opdracht', maxPoints: 10 },
      { id: 'cc2', text: 'Aanpak', maxPoints: 10 },
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'client-criteria-default-points', params: { points: 10 } }));
  });

  it('are read from an English step 3 on a heading line', () =>
    expect(posting('Step 3: the client assesses the CVs on the following criteria:\n- Approach (50 points)\n- Vision (50 points)\nStep 4: interview').request.clientCriteria).toMatchObject([
      { id: 'cc1', text: 'Approach', maxPoints: 50 },
      { id: 'cc2', text: 'Vision', maxPoints: 50 },
    ]));

  it('are not taken from the broker assessing "op de volgende criteria" outside step 3', () =>
    expect(posting('Beoordeling\n\nFlextender beoordeelt de cv’s op de volgende criteria.\n\n- Ervaring.').request.clientCriteria).toBeUndefined());

  it('are undefined when the posting has no client round', () => expect(posting('').request.clientCriteria).toBeUndefined());
});

describe('client criteria outside a step heading', () => {
  it('are read where the paragraph says the client assesses "op de volgende criteria"', () =>
    expect(posting('Beoordeling\n\nDaarna beoordeelt de opdrachtgever de cv’s op de volgende criteria.\n- Visie (50 punten)\n- Aanpak (50 punten)').request.clientCriteria).toMatchObject([
      { text: 'Visie', maxPoints: 50 },
      { text: 'Aanpak', maxPoints: 50 },
    ]));

  it('are undefined when the introduction is followed by nothing', () =>
    expect(posting('Stap 3\n\nDe opdrachtgever beoordeelt de cv’s op de volgende criteria.').request.clientCriteria).toBeUndefined());
});
