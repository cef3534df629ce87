// The first-run sample data, bundled from seeds/ (two real requests, invented candidates).
import type { Request } from './core';
import type { SeedData } from './db/seed';
import requests from '../seeds/requests.json';
import csv25924 from '../seeds/demo-candidates-25924.csv?raw';
import csv30601 from '../seeds/demo-candidates-30601.csv?raw';

export const seedData: SeedData = {
  requests: requests as Request[],
  candidateLists: [
    { requestId: 'seed-30601', csv: csv30601 },
    { requestId: 'seed-25924', csv: csv25924 },
  ],
};
