// Exporting the full matrix and importing that file again reproduces candidate fields, knock-out
// values, scores and notes (PRODUCT §6), in both dialects and with headers in either language.
import { describe, expect, it } from 'vitest';
import { knockOutOutcomes, type Candidate, type Evaluation, type Request } from '../../../src/core';
import { exportCsv, parseCandidatesCsv } from '../../../src/core/csv';
import { csvRequest } from './helpers';

const request: Request = csvRequest({
  knockOuts: [
    { id: 'k-hbo', text: 'HBO werk- en denkniveau' },
    { id: 'k-rate', text: 'Maximaal uurtarief € 75 excl. btw', rule: { kind: 'max-rate', max: 75 } },
    { id: 'k-hours', text: 'Beschikbaar\nminimaal 16 uur; "per week"', rule: { kind: 'min-hours', min: 16 } },
    { id: 'k-odd', text: '=Eigen laptop (BYOD); "ja"' },
  ],
  criteria: [
    { id: 'c-exp', text: 'Ervaring met SOR-implementaties', maxPoints: 30 },
    { id: 'c-bag', text: 'Kennis van BAG; WOZ en "Basisregistraties"', maxPoints: 40 },
    { id: 'c-com', text: 'Communicatie', maxPoints: 7.5 },
  ],
});

const candidates: Candidate[] = [
  { id: 'a', name: 'Jansen; Jan', email: 'jan@x.nl', phone: '+31 6 12345678', hourlyRate: 70.5, hoursPerWeek: 24, supplier: 'Bureau "De Brug"', education: 'HBO' },
  { id: 'b', name: 'Regel een\nregel twee', hourlyRate: 90, hoursPerWeek: 8, supplier: '=HYPERLINK("http://evil","klik")' },
  { id: 'c', name: '=cmd|\' /C calc\'!A0', phone: '-0612', supplier: "'=al met quote", education: '@WO' },
  { id: 'd', name: "'t Hooft, Anne-Marie", email: 'anne@x.nl', hourlyRate: 1250, hoursPerWeek: 16 },
  { id: 'e', name: 'Zoë "Z" Ünal', phone: '0612345678', hoursPerWeek: 32.5 },
];

const evaluations: Evaluation[] = [
  {
    requestId: request.id, candidateId: 'a',
    knockOuts: { 'k-hbo': 'pass', 'k-odd': 'fail', 'k-rate': 'pass' },
    scores: { 'c-exp': 25.5, 'c-bag': 40, 'c-com': 7.25 },
    notes: { 'c-exp': 'Zie CV; blz. 2\r\nen "referentie"', 'c-bag': '=1+1', 'c-com': '\tingesprongen' },
  },
  { requestId: request.id, candidateId: 'b', knockOuts: { 'k-hbo': 'fail' }, scores: { 'c-exp': 0, 'c-bag': null }, notes: { 'c-com': '+31 bellen' } },
  { requestId: request.id, candidateId: 'c', knockOuts: { 'k-hours': 'pass', 'k-rate': 'fail' }, scores: { 'c-com': 0.5 }, notes: { 'c-exp': '@home' } },
  { requestId: request.id, candidateId: 'd', knockOuts: { 'k-hbo': 'unknown' }, scores: {}, notes: { 'c-bag': "'=twee" } },
];

const fields = ['name', 'email', 'phone', 'hourlyRate', 'hoursPerWeek', 'supplier', 'education'] as const;

function picked(c: Omit<Candidate, 'id'>) {
  return Object.fromEntries(fields.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));
}

const cases = [
  ['excel-nl', 'nl'],
  ['rfc4180', 'nl'],
  ['excel-nl', 'en'],
  ['rfc4180', 'en'],
] as const;

describe.each(cases)('round trip of the full matrix in %s with %s headers', (dialect, language) => {
  const csv = exportCsv(request, candidates, evaluations, { kind: 'matrix', dialect, language });
  const bytes = new TextEncoder().encode(csv);
  const imported = parseCandidatesCsv(bytes, request, { fileName: 'matrix.csv' });
  const byName = new Map(imported.rows.map((r) => [r.candidate.name, r]));

  it('reads every candidate back without errors or warnings', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.delimiter).toBe(dialect === 'excel-nl' ? ';' : ',');
    expect(imported.rows.map((r) => r.candidate.name).sort()).toEqual(candidates.map((c) => c.name).sort());
  });

  it('maps every column it wrote to the field it came from; derived columns are not read', () => {
    const ignored = imported.columns.filter((c) => c.status !== 'mapped').map((c) => c.header);
    expect(ignored).toEqual(
      language === 'nl'
        ? ['Rang', 'Status', 'Totaal', 'Compleet', 'Punten achter grens', 'Afgewezen op', 'Opmerking']
        : ['Rank', 'Status', 'Total', 'Complete', 'Points behind cut-off', 'Failed on', 'Remark'],
    );
    expect(imported.columns.filter((c) => c.status !== 'mapped').map((c) => c.note?.code)).toEqual(new Array(7).fill('derived'));
  });

  it.each(candidates.map((c) => [c.name, c] as const))('reproduces %j', (name, candidate) => {
    const row = byName.get(name);
    expect(row).toBeDefined();
    if (!row) return;
    const { id, ...data } = candidate;
    expect(picked(row.candidate)).toEqual(picked(data));

    const original = evaluations.find((e) => e.candidateId === id);
    for (const c of request.criteria) {
      expect(row.scores[c.id]).toBe(original?.scores[c.id] ?? null);
      expect(row.notes[c.id]).toBe(original?.notes?.[c.id]);
    }
    const again: Evaluation = { requestId: request.id, candidateId: id, knockOuts: row.knockOuts, scores: row.scores };
    const before = knockOutOutcomes(request, candidate, original);
    const after = knockOutOutcomes(request, { id, ...row.candidate }, again);
    for (const k of request.knockOuts) {
      expect(after[k.id]?.value).toBe(before[k.id]?.value);
      // A manual value of a knock-out without a rule comes back as it was.
      if (!k.rule) expect(row.knockOuts[k.id] ?? 'unknown').toBe(original?.knockOuts[k.id] ?? 'unknown');
    }
  });

  it('exports the same file again from what it imported', () => {
    const again = imported.rows.map((r) => {
      const c = candidates.find((x) => x.name === r.candidate.name) as Candidate;
      return { candidate: { id: c.id, ...r.candidate }, evaluation: { requestId: request.id, candidateId: c.id, knockOuts: r.knockOuts, scores: r.scores, notes: r.notes } };
    });
    const order = (xs: typeof again) => [...xs].sort((p, q) => candidates.findIndex((c) => c.id === p.candidate.id) - candidates.findIndex((c) => c.id === q.candidate.id));
    const sorted = order(again);
    expect(exportCsv(request, sorted.map((x) => x.candidate), sorted.map((x) => x.evaluation), { kind: 'matrix', dialect, language })).toBe(csv);
  });
});

describe('a shortlist exported in English', () => {
  it('is read back like the Dutch one: the same people, rates and scores', () => {
    const read = (language: 'nl' | 'en') => {
      const csv = exportCsv(request, candidates, evaluations, { kind: 'shortlist', dialect: 'excel-nl', language });
      const result = parseCandidatesCsv(csv, request);
      expect(result.errors).toEqual([]);
      return result.rows.map((r) => ({ candidate: r.candidate, scores: r.scores }));
    };
    expect(read('en')).toEqual(read('nl'));
  });
});
