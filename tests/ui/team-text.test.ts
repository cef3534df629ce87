// Team mode's words (PRODUCT §12): the state in the sidebar and what went wrong while connecting,
// in Dutch and English, each problem kind its own sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/ui/i18n';
import { problemText, stateText } from '../../src/ui/team/team-text';
import { OFF, type TeamStatus } from '../../src/workers/sync-protocol';
import type { ProblemKind } from '../../src/sync/session';

afterEach(() => setLocale('nl'));
const status = (over: Partial<TeamStatus>): TeamStatus => ({ ...OFF, ...over });

describe('stateText', () => {
  it('says in sync with the time, and nothing about waiting changes then', () => {
    setLocale('nl');
    expect(stateText(status({ state: 'in-sync', syncedAt: '2026-12-01T13:05:00.000Z' }))).toEqual(['Gesynchroniseerd om 14:05']);
    setLocale('en');
    expect(stateText(status({ state: 'in-sync' }))).toEqual(['In sync']);
  });
  it('counts the changes waiting while offline, one and many', () => {
    setLocale('nl');
    expect(stateText(status({ state: 'offline', waiting: 1 }))).toEqual(['Offline: de server is niet bereikbaar. Er wordt steeds opnieuw geprobeerd.', '1 wijziging wacht op verzending']);
    setLocale('en');
    expect(stateText(status({ state: 'offline', waiting: 12 }))[1]).toBe('12 changes waiting to be sent');
  });
  it('names what stopped sync, and the refused changes', () => {
    setLocale('nl');
    expect(stateText(status({ state: 'failed', problem: 'no-access', denied: 2 }))).toEqual([
      'Geen toegang tot dit team: deze gebruiker is geen lid van de teamdatabase (of die bestaat niet). Vraag de beheerder van het team om toegang.',
      'De server weigerde 2 wijzigingen; die staan nog op dit apparaat.',
    ]);
    expect(stateText(status({ state: 'signed-out' }))[0]).toMatch(/^Afgemeld/);
    expect(stateText(status({ state: 'off' }))).toEqual([]);
  });
});

describe('problemText', () => {
  const kinds: ProblemKind[] = ['bad-address', 'wrong-password', 'no-access', 'signed-out', 'unreachable', 'not-couchdb', 'other'];
  it('has its own sentence for every kind in both languages, and says which field is required', () => {
    for (const locale of ['nl', 'en'] as const) {
      setLocale(locale);
      const texts = kinds.map((problem) => problemText({ ok: false, problem, field: null }));
      expect(new Set(texts).size).toBe(kinds.length);
      for (const text of texts) expect(text).not.toMatch(/teamProblem_|\{/);
    }
    setLocale('nl');
    expect(problemText({ ok: false, problem: 'required', field: 'password' })).toBe('Wachtwoord is verplicht.');
    setLocale('en');
    expect(problemText({ ok: false, problem: 'required', field: 'address' })).toBe('Server address is required.');
  });
});
