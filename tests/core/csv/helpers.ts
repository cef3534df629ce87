// Shared by the CSV tests: fixture files and a small request with knock-outs and criteria.
import { readFileSync } from 'node:fs';
import type { Request } from '../../../src/core';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url)));
}

/** Two knock-outs (one with the max-rate rule) and three criteria (30 + 40 + 30). */
export function csvRequest(overrides: Partial<Request> = {}): Request {
  return {
    id: 'r-csv',
    number: '25924',
    title: 'SOR Ondersteuner',
    shortlistSize: 2,
    tieBreak: 'lowest-rate',
    knockOuts: [
      { id: 'k-hbo', text: 'HBO werk- en denkniveau' },
      { id: 'k-rate', text: 'Maximaal uurtarief € 75 excl. btw', rule: { kind: 'max-rate', max: 75 } },
    ],
    criteria: [
      { id: 'c-exp', text: 'Ervaring met SOR-implementaties', maxPoints: 30 },
      { id: 'c-bag', text: 'Kennis van BAG en WOZ', maxPoints: 40 },
      { id: 'c-com', text: 'Communicatie', maxPoints: 30 },
    ],
    competencies: [],
    ...overrides,
  };
}
