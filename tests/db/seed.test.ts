import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rankCandidates, type Request } from '../../src/core';
import { loadMatrix, saveRequest } from '../../src/db/repository';
import { ShortlistDb } from '../../src/db/schema';
import { seedIfEmpty, type SeedData } from '../../src/db/seed';

const read = (path: string) => readFileSync(new URL(`../../seeds/${path}`, import.meta.url), 'utf8');
const requests = JSON.parse(read('requests.json')) as Request[];
const seed: SeedData = {
  requests,
  candidateLists: [
    { requestId: 'seed-30601', csv: read('demo-candidates-30601.csv') },
    { requestId: 'seed-25924', csv: read('demo-candidates-25924.csv') },
  ],
};

let db: ShortlistDb;
beforeEach(async () => {
  db = new ShortlistDb(`seed-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function standings(requestId: string) {
  const request = (await db.requests.get(requestId))!;
  const { candidates, evaluations } = await loadMatrix(db, requestId);
  const ranked = rankCandidates(request, candidates, evaluations);
  const name = new Map(candidates.map((c) => [c.id, c.name]));
  return ranked.map((s) => ({ ...s, name: name.get(s.candidateId) }));
}

describe('first-run seeding', () => {
  it('loads both requests and about 40 people into an empty database', async () => {
    expect(await seedIfEmpty(db, seed)).toBe(true);
    expect((await db.requests.toArray()).map((r) => r.number).sort()).toEqual(['25924', '30601']);
    expect(await db.candidates.count()).toBe(40);
    expect(await db.evaluations.where('requestId').equals('seed-30601').count()).toBe(28);
    expect(await db.evaluations.where('requestId').equals('seed-25924').count()).toBe(16);
  });

  it('never touches a database that has data', async () => {
    await saveRequest(db, { ...requests[0]!, id: 'mine', title: 'Mijn aanvraag' });
    expect(await seedIfEmpty(db, seed)).toBe(false);
    expect((await db.requests.toArray()).map((r) => r.id)).toEqual(['mine']);
  });

  it('does not seed again after the user deleted everything', async () => {
    await seedIfEmpty(db, seed);
    await db.requests.clear();
    await db.candidates.clear();
    expect(await seedIfEmpty(db, seed)).toBe(false);
  });

  it('shows every rule on request 30601: caps, minimum hours, rate tie-break, tie at the cut-off', async () => {
    await seedIfEmpty(db, seed);
    const s = await standings('seed-30601');
    const by = Object.fromEntries(s.map((x) => [x.name, x]));
    expect(by['Tim Smits']).toMatchObject({ status: 'eliminated', failedKnockOuts: ['ko8'] }); // € 125 > 120
    expect(by['Vincent van der Meer']).toMatchObject({ status: 'eliminated', failedKnockOuts: ['ko7'] }); // 12 h < 16
    expect(by['Xander Kok']).toMatchObject({ status: 'eliminated', failedKnockOuts: ['ko6'] }); // manual
    expect([by['Cor van Dijk']?.rank, by['Daan Bakker']?.rank]).toEqual([3, 4]); // 85 points, € 95 before € 100
    expect(by['Joost de Groot']).toMatchObject({ rank: 10, tied: true, tieAtCutoff: true, status: 'shortlist' });
    expect(by['Karin Bos']).toMatchObject({ rank: 10, tied: true, tieAtCutoff: true, status: 'shortlist' });
    expect(by['Marit Peters']).toMatchObject({ status: 'reserve', complete: false }); // no rate: rule unknown
    expect(by['Lars Vos']).toMatchObject({ status: 'reserve', pointsBehindCutoff: 2 });
    expect(by['Pieter Dekker']?.status).toBe('reserve'); // exactly € 120 passes the cap
  });

  it('shows the rules on request 25924 too', async () => {
    await seedIfEmpty(db, seed);
    const by = Object.fromEntries((await standings('seed-25924')).map((x) => [x.name, x]));
    expect(by['Jelle Huisman']).toMatchObject({ status: 'eliminated', failedKnockOuts: ['ko4'] });
    expect([by['Chantal van der Veen']?.rank, by['Dirk van den Berg']?.rank]).toEqual([3, 4]);
    expect(by['Esther Schouten']).toMatchObject({ rank: 5, tieAtCutoff: true });
    expect(by['Frank Willems']).toMatchObject({ rank: 5, tieAtCutoff: true });
    expect(by['Lotte Kuipers']).toMatchObject({ complete: false, status: 'reserve' });
  });

  it('keeps one person who is on both requests once in the pool', async () => {
    await seedIfEmpty(db, seed);
    const bas = await db.candidates.where('email').equals('bas.van.den.heuvel@example.nl').toArray();
    expect(bas).toHaveLength(1);
    expect(await db.evaluations.where('candidateId').equals(bas[0]!.id).count()).toBe(2);
    expect(bas[0]?.hoursPerWeek).toBe(16);
  });
});
