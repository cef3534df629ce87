import { afterEach, describe, expect, it } from 'vitest';
import { procedureOverview, type Award, type Outcome, type Request, type Stage, type Standing } from '../../src/core';
import { setLocale, type Locale } from '../../src/ui/i18n';
import { outcomeSentences, resultText, stageText, type OutcomeFacts } from '../../src/ui/procedure/outcome-text';
import { INVITED, contender, makeProcedureRequest, people, rated, withFacts, type Entry } from '../builders';

// The sentences that tell each candidate why (PRODUCT §3.13, §6 "Outcome letters"), as the
// outcomes screen and the mail-merge CSV show them.
const request: Request = makeProcedureRequest({
  shortlistSize: 4,
  interviewSize: 3,
  knockOuts: [
    { id: 'k1', text: 'HBO' },
    { id: 'k2', text: 'Maximaal uurtarief € 120', rule: { kind: 'max-rate', max: 120 } },
    { id: 'k3', text: 'Minimaal 16 uur per week beschikbaar', rule: { kind: 'min-hours', min: 16 } },
  ],
});
const pass = { k1: 'pass', k2: 'pass', k3: 'pass' } as const;
// Three knocked out (by hand, by the rate rule, by the hours rule), four on the shortlist of
// whom three are invited, one on reserve 12.5 points behind the cut-off.
const entries: Entry[] = [
  withFacts(contender('hbo', 60, null), { knockOuts: { k1: 'fail' } }),
  withFacts(contender('rate', 60, null, { hourlyRate: 125.5 }), { knockOuts: { k1: 'pass' } }),
  withFacts(contender('hours', 60, null, { hoursPerWeek: 8 }), { knockOuts: { k1: 'pass' } }),
  withFacts(contender('a', 50, 5), { knockOuts: pass }),
  withFacts(contender('b', 45, 9), { knockOuts: pass, ...rated('voldoende', 'onvoldoende') }),
  withFacts(contender('c', 40, 8.5), { knockOuts: pass, ...rated('goed', 'voldoende') }),
  withFacts(contender('d', 35, 7), { knockOuts: pass, ...rated('goed', 'goed') }),
  withFacts(contender('r', 22.5, null), { knockOuts: pass }),
];
const award: Award = { awarded: ['c'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' };

/** Every candidate's sentences in a language, read as the outcomes screen reads its facts. */
function sentences(language: Locale, theAward: Award | undefined, list: Entry[] = entries, r: Request = request): Record<string, string[]> {
  const [candidates, evaluations] = people(list);
  const overview = procedureOverview(r, candidates, evaluations, theAward);
  setLocale(language);
  return Object.fromEntries(overview.outcomes.map((outcome) => [outcome.candidateId, outcomeSentences(outcome, factsOf(r, list, overview, outcome, theAward))]));
}
function factsOf(r: Request, list: Entry[], overview: ReturnType<typeof procedureOverview>, outcome: Outcome, theAward: Award | undefined): OutcomeFacts {
  const entry = list.find((e) => e.candidate.id === outcome.candidateId)!;
  return {
    request: r,
    candidate: entry.candidate,
    evaluation: entry.evaluation,
    standing: overview.standings.find((s) => s.candidateId === outcome.candidateId),
    clientRank: overview.clientRanking.find((c) => c.candidateId === outcome.candidateId),
    clientCount: overview.clientRanking.length,
    award: theAward,
  };
}

afterEach(() => setLocale('nl'));

// Dutch amounts carry a no-break space after the euro sign (Intl's nl-NL), so "€ 125,50" never wraps.
describe('before the award: each candidate reads where they stand now', () => {
  it('in Dutch', () => {
    expect(sentences('nl', undefined)).toEqual({
      hbo: ['U voldoet niet aan knock-outcriterium K1: "HBO".'],
      rate: ['U voldoet niet aan knock-outcriterium K2: "Maximaal uurtarief € 120" (uurtarief €\u00a0125,50 > max €\u00a0120,00).'],
      hours: ['U voldoet niet aan knock-outcriterium K3: "Minimaal 16 uur per week beschikbaar" (8 uur/week < min 16).'],
      a: ['U staat op de shortlist; de opdrachtgever beoordeelt de kandidaten.'],
      b: ['In het gesprek is de competentie "Verbindend" als onvoldoende beoordeeld.'],
      c: ['U bent uitgenodigd voor een gesprek; de beoordeling loopt nog.'],
      d: ['U bent uitgenodigd voor een gesprek; de beoordeling loopt nog.'],
      r: ['U behaalde 22,5 van de 100 punten en staat op plaats 5; dat is 12,5 punten onder de grens van de beste 4.'],
    });
  });
  it('in English', () => {
    expect(sentences('en', undefined)).toEqual({
      hbo: ['You do not meet knock-out criterion K1: "HBO".'],
      rate: ['You do not meet knock-out criterion K2: "Maximaal uurtarief € 120" (hourly rate €125.50 > max €120.00).'],
      hours: ['You do not meet knock-out criterion K3: "Minimaal 16 uur per week beschikbaar" (8 h/week < min 16).'],
      a: ['You are on the shortlist; the client is assessing the candidates.'],
      b: ['In the interview the competency "Verbindend" was rated insufficient.'],
      c: ['You are invited to an interview; the assessment is in progress.'],
      d: ['You are invited to an interview; the assessment is in progress.'],
      r: ['You scored 22.5 of 100 points and are in place 5; that is 12.5 points below the line of the best 4.'],
    });
  });
});

describe('after the award: the reason, then the end of the objection period for everyone not chosen', () => {
  const objectionNl = 'Bezwaar is mogelijk tot en met 9 aug 2026.';
  const objectionEn = 'Objections are possible up to and including 9 Aug 2026.';
  it('in Dutch', () => {
    const said = sentences('nl', award);
    expect(said['c']).toEqual(['De opdracht is aan u gegund.']);
    expect(said['a']).toEqual([
      'U stond op de shortlist. In de beoordeling door de opdrachtgever behaalde u 5 van de 20 punten (plaats 4 van 4); alleen de beste 3 zijn uitgenodigd voor een gesprek.',
      objectionNl,
    ]);
    expect(said['d']).toEqual(['U heeft het gesprek gehaald, maar de opdracht is gegund aan een andere kandidaat.', objectionNl]);
    for (const id of ['hbo', 'rate', 'hours', 'b', 'r']) expect(said[id]).toEqual([...sentences('nl', undefined)[id]!, objectionNl]);
  });
  it('in English', () => {
    const said = sentences('en', award);
    expect(said['c']).toEqual(['The assignment has been awarded to you.']);
    expect(said['a']).toEqual([
      "You were on the shortlist. In the client's assessment you scored 5 of 20 points (place 4 of 4); only the best 3 were invited to an interview.",
      objectionEn,
    ]);
    expect(said['d']).toEqual(['You passed the interview, but the assignment was awarded to another candidate.', objectionEn]);
    for (const id of ['hbo', 'rate', 'hours', 'b', 'r']) expect(said[id]).toEqual([...sentences('en', undefined)[id]!, objectionEn]);
  });
  // The QA walk of 2026-12-03: an invited candidate the panel never rated read "you passed the interview".
  it('says "passed the interview" only to who passed: an interview not (fully) rated says they were invited', () => {
    const list = [...entries.filter((e) => e.candidate.id !== 'd'), withFacts(contender('d', 35, 7), { knockOuts: pass, ...INVITED, competencies: { p1: 'goed' } })];
    expect(sentences('nl', award, list)['d']).toEqual(['U bent uitgenodigd voor een gesprek; de opdracht is gegund aan een andere kandidaat.', objectionNl]);
    expect(sentences('en', award, list)['d']).toEqual(['You were invited to an interview; the assignment was awarded to another candidate.', objectionEn]);
    const unrated = [...entries.filter((e) => e.candidate.id !== 'd'), withFacts(contender('d', 35, 7), { knockOuts: pass, ...INVITED })];
    expect(sentences('nl', award, unrated)['d']?.[0]).toBe('U bent uitgenodigd voor een gesprek; de opdracht is gegund aan een andere kandidaat.');
  });
  // Ranks moved after the invitations (or the consultant chose otherwise): "only the best 3 were
  // invited" beside "place 3" would contradict itself.
  it('does not say "only the best n were invited" to someone within the line who was not invited', () => {
    const list = entries.map((e) => (e.candidate.id === 'c' ? withFacts(contender('c', 40, 8.5), { knockOuts: pass }) : e.candidate.id === 'a' ? withFacts(contender('a', 50, 5), { knockOuts: pass, ...rated('goed', 'goed') }) : e));
    const said = sentences('nl', { awarded: ['d'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' }, list);
    expect(said['c']).toEqual(['U stond op de shortlist. In de beoordeling door de opdrachtgever behaalde u 8,5 van de 20 punten (plaats 2 van 4); u bent niet uitgenodigd voor een gesprek.', objectionNl]);
    expect(sentences('en', { awarded: ['d'], decidedAt: '2026-07-20', objectionUntil: '2026-08-09' }, list)['c']?.[0]).toBe(
      "You were on the shortlist. In the client's assessment you scored 8.5 of 20 points (place 2 of 4); you were not invited to an interview.",
    );
  });
  it('names no objection period when the award sets none', () => {
    const said = sentences('nl', { awarded: ['c'], decidedAt: '2026-07-20' });
    expect(said['d']).toEqual(['U heeft het gesprek gehaald, maar de opdracht is gegund aan een andere kandidaat.']);
  });
});

describe('what each reason says', () => {
  it('gives one sentence per failed knock-out, in the order of the request', () => {
    const both = [withFacts(contender('x', 60, null, { hourlyRate: 130 }), { knockOuts: { k1: 'fail' } })];
    expect(sentences('nl', undefined, both)['x']).toEqual([
      'U voldoet niet aan knock-outcriterium K1: "HBO".',
      'U voldoet niet aan knock-outcriterium K2: "Maximaal uurtarief € 120" (uurtarief €\u00a0130,00 > max €\u00a0120,00).',
    ]);
  });
  it('cites no rule when the consultant failed a knock-out the data would pass', () => {
    const overruled = [withFacts(contender('x', 60, null, { hourlyRate: 100 }), { knockOuts: { k1: 'pass', k2: 'fail' } })];
    expect(sentences('en', undefined, overruled)['x']).toEqual(['You do not meet knock-out criterion K2: "Maximaal uurtarief € 120".']);
  });
  it('names every competency rated below voldoende', () => {
    const failedBoth = [withFacts(contender('x', 60, 9, {}, { knockOuts: pass }), rated('onvoldoende', 'onvoldoende'))];
    expect(sentences('en', undefined, failedBoth)['x']).toEqual([
      'In the interview the competency "Analytisch sterk" was rated insufficient.',
      'In the interview the competency "Verbindend" was rated insufficient.',
    ]);
  });
  const facts = (overrides: Partial<OutcomeFacts> = {}): OutcomeFacts => ({
    request, candidate: { id: 'x', name: 'X' }, evaluation: undefined, standing: undefined, clientRank: undefined, clientCount: 0, award: undefined, ...overrides,
  });
  const out = (stage: Stage, code: string, params?: Record<string, string | number>): Outcome => ({ candidateId: 'x', stage, result: 'out', reasons: [{ code, ...(params ? { params } : {}) }] });
  it('leaves the distance out when there is none to give', () => {
    const standing: Standing = { candidateId: 'x', total: 1234.5, complete: true, rank: 7, status: 'reserve', failedKnockOuts: [], tied: false, tieAtCutoff: false, pointsBehindCutoff: null };
    setLocale('nl');
    expect(outcomeSentences(out('selection', 'below-cutoff'), facts({ standing }))).toEqual(['U behaalde 1.234,5 van de 100 punten en staat op plaats 7, buiten de beste 4.']);
    setLocale('en');
    expect(outcomeSentences(out('selection', 'below-cutoff'), facts({ standing }))).toEqual(['You scored 1,234.5 of 100 points and are in place 7, outside the best 4.']);
  });
  it('says only "not invited" when the request sets no number of interviews', () => {
    const clientRank = { candidateId: 'x', total: 5, rank: 4, tied: false };
    setLocale('en');
    expect(outcomeSentences(out('client', 'not-invited'), facts({ request: { ...request, interviewSize: undefined }, clientRank, clientCount: 4 }))).toEqual([
      'You were on the shortlist, but were not invited to an interview.',
    ]);
    setLocale('nl');
    expect(outcomeSentences(out('client', 'not-invited'), facts({ clientRank: undefined }))).toEqual(['U stond op de shortlist, maar bent niet uitgenodigd voor een gesprek.']);
  });
});

describe('the stage and the result, in both languages', () => {
  it.each<[Stage, string, string]>([
    ['knock-out', 'Knock-outcriteria', 'Knock-out criteria'],
    ['selection', 'Selectie op punten', 'Selection on points'],
    ['client', 'Beoordeling opdrachtgever', "Client's assessment"],
    ['interview', 'Gesprek', 'Interview'],
    ['award', 'Gunning', 'Award'],
  ])('%s: %s / %s', (stage, nl, en) => {
    setLocale('nl');
    expect(stageText(stage)).toBe(nl);
    setLocale('en');
    expect(stageText(stage)).toBe(en);
  });
  it.each<[Outcome['result'], string, string]>([
    ['out', 'Afgewezen', 'Not selected'],
    ['open', 'Loopt', 'In progress'],
    ['awarded', 'Gegund', 'Awarded'],
  ])('%s: %s / %s', (result, nl, en) => {
    setLocale('nl');
    expect(resultText(result)).toBe(nl);
    setLocale('en');
    expect(resultText(result)).toBe(en);
  });
});

describe('no Dutch in the English letters', () => {
  // The request's own texts (a knock-out, a competency) are the user's words and stay as written.
  const userTexts = [...request.knockOuts.map((k) => k.text), ...request.competencies.map((c) => c.name)];
  const DUTCH = /\b(u|de|het|een|van|niet|voldoet|behaalde|punten|plaats|grens|beste|gesprek|opdracht|opdrachtgever|gegund|bezwaar|mogelijk|uitgenodigd|beoordeeld|beoordeling|onvoldoende|voldoende|uurtarief|uur)\b/i;
  it('words every sentence of every outcome, before and after the award, in English', () => {
    const all = [...Object.values(sentences('en', undefined)), ...Object.values(sentences('en', award))].flat();
    expect(all.length).toBeGreaterThan(15);
    const dutch = all.map((s) => userTexts.reduce((text, user) => text.replaceAll(user, ''), s)).filter((s) => DUTCH.test(s));
    expect(dutch).toEqual([]);
  });
  it('the same check finds the Dutch letters Dutch', () => {
    const all = Object.values(sentences('nl', award)).flat();
    expect(all.every((s) => DUTCH.test(userTexts.reduce((text, user) => text.replaceAll(user, ''), s)))).toBe(true);
  });
});
