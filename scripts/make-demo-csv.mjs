// Writes the demo candidate lists in seeds/ (run once by hand: node scripts/make-demo-csv.mjs).
// Every person is invented. The lists are built to show every ranking rule on the seed requests:
// rate caps, the hours minimum, equal totals broken by rate, a tie at the cut-off, missing data.
import { writeFileSync } from 'node:fs';

const people = {
  anouk: ['Anouk de Vries', 'Noorderlicht Detachering'], bram: ['Bram Jansen', 'Hunebed Interim'],
  cor: ['Cor van Dijk', 'Zelfstandige'], daan: ['Daan Bakker', 'Drents Talent'], eva: ['Eva Visser', 'Noorderlicht Detachering'],
  femke: ['Femke Smit', 'Hunebed Interim'], gert: ['Gert Meijer', 'Zelfstandige'], hanna: ['Hanna de Boer', 'Drents Talent'],
  ilse: ['Ilse Mulder', 'Vechtdal Professionals'], joost: ['Joost de Groot', 'Zelfstandige'], karin: ['Karin Bos', 'Noorderlicht Detachering'],
  lars: ['Lars Vos', 'Vechtdal Professionals'], marit: ['Marit Peters', 'Hunebed Interim'], niels: ['Niels Hendriks', 'Zelfstandige'],
  olga: ['Olga van Leeuwen', 'Drents Talent'], pieter: ['Pieter Dekker', 'Vechtdal Professionals'], quinty: ['Quinty Brouwer', 'Zelfstandige'],
  rik: ['Rik de Wit', 'Noorderlicht Detachering'], sanne: ['Sanne Dijkstra', 'Hunebed Interim'], tim: ['Tim Smits', 'Drents Talent'],
  ursula: ['Ursula de Graaf', 'Zelfstandige'], vincent: ['Vincent van der Meer', 'Vechtdal Professionals'], wendy: ['Wendy van der Linden', 'Noorderlicht Detachering'],
  xander: ['Xander Kok', 'Zelfstandige'], yara: ['Yara Jacobs', 'Hunebed Interim'], zeger: ['Zeger de Haan', 'Drents Talent'],
  aafke: ['Aafke Vermeulen', 'Vechtdal Professionals'], bas: ['Bas van den Heuvel', 'Zelfstandige'], chantal: ['Chantal van der Veen', 'Noorderlicht Detachering'],
  dirk: ['Dirk van den Berg', 'Hunebed Interim'], esther: ['Esther Schouten', 'Drents Talent'], frank: ['Frank Willems', 'Zelfstandige'],
  greet: ['Greet Hoekstra', 'Vechtdal Professionals'], hidde: ['Hidde Koster', 'Zelfstandige'], iris: ['Iris Prins', 'Noorderlicht Detachering'],
  jelle: ['Jelle Huisman', 'Hunebed Interim'], kim: ['Kim Postma', 'Drents Talent'], lotte: ['Lotte Kuipers', 'Zelfstandige'],
  mees: ['Mees Veenstra', 'Vechtdal Professionals'], noor: ['Noor Bosman', 'Zelfstandige'],
};
const keys = Object.keys(people);
const email = (k) => `${people[k][0].toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@example.nl`;
const phone = (k) => `06-${String(20000000 + keys.indexOf(k) * 137731).slice(0, 8)}`;

/** Splits a total over criteria in proportion to their maxima, in halves, exactly. */
function split(total, maxima) {
  const sum = maxima.reduce((a, b) => a + b, 0);
  const scores = maxima.map((m) => Math.floor((m * total) / sum * 2) / 2);
  let rest = Math.round((total - scores.reduce((a, b) => a + b, 0)) * 2) / 2;
  for (let i = 0; rest > 0; i = (i + 1) % maxima.length) {
    const add = Math.min(rest, maxima[i] - scores[i], 0.5);
    scores[i] += add;
    rest = Math.round((rest - add) * 2) / 2;
  }
  return scores;
}
const nl = (n) => (n === '' ? '' : String(n).replace('.', ','));

function write(file, koCount, ruleKos, maxima, rows) {
  const header = ['Naam', 'E-mail', 'Telefoon', 'Leverancier', 'Uurtarief', 'Uren per week',
    ...Array.from({ length: koCount }, (_, i) => `K${i + 1}`), ...maxima.map((_, i) => `G${i + 1}`)];
  const lines = [header.join(';')];
  for (const r of rows) {
    const scores = split(r.total, maxima);
    if (r.emptyScore !== undefined) scores[r.emptyScore] = '';
    const kos = Array.from({ length: koCount }, (_, i) => (ruleKos.includes(i + 1) ? '' : r.ko?.[i] ?? 'ja'));
    lines.push([people[r.who][0], email(r.who), phone(r.who), people[r.who][1], r.rate === undefined ? '' : nl(r.rate), r.hours ?? '',
      ...kos, ...scores.map(nl)].join(';'));
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
}

// Request 30601: 8 knock-outs (7 = min 16 h, 8 = max € 120, both left to the rules), shortlist 10.
const r30601 = [
  { who: 'anouk', total: 92, rate: 105, hours: 24 }, { who: 'bram', total: 88, rate: 110, hours: 16 },
  { who: 'cor', total: 85, rate: 95, hours: 20 }, { who: 'daan', total: 85, rate: 100, hours: 32 }, // equal totals, rate decides
  { who: 'eva', total: 80, rate: 115, hours: 16 }, { who: 'femke', total: 78, rate: 90, hours: 24 },
  { who: 'gert', total: 76, rate: 118.5, hours: 16 }, { who: 'hanna', total: 74, rate: 100, hours: 20 },
  { who: 'ilse', total: 72, rate: 99, hours: 16 },
  { who: 'joost', total: 70, rate: 110, hours: 16 }, { who: 'karin', total: 70, rate: 110, hours: 24 }, // tie at the cut-off (rank 10)
  { who: 'lars', total: 68, rate: 85, hours: 16 }, { who: 'marit', total: 65, hours: 16 }, // no rate: rule unknown
  { who: 'niels', total: 62, rate: 92, hours: 36 }, { who: 'olga', total: 60, rate: 100, hours: 16 },
  { who: 'pieter', total: 58, rate: 120, hours: 16 }, { who: 'quinty', total: 55, rate: 80, hours: 20, ko: ['ja', 'ja', '?'] },
  { who: 'rik', total: 50, rate: 95, hours: 16, emptyScore: 3 }, { who: 'sanne', total: 45, rate: 75, hours: 40 },
  { who: 'tim', total: 90, rate: 125, hours: 24 }, { who: 'ursula', total: 70, rate: 135, hours: 16 }, // above the cap
  { who: 'vincent', total: 84, rate: 95, hours: 12 }, { who: 'wendy', total: 60, rate: 88, hours: 8 }, // under the minimum
  { who: 'xander', total: 75, rate: 100, hours: 16, ko: ['ja', 'ja', 'ja', 'ja', 'ja', 'nee'] }, // no Power BI
  { who: 'yara', total: 66, rate: 105, hours: 16, ko: ['nee'] }, { who: 'zeger', total: 40, rate: 70, hours: 16 },
  { who: 'bas', total: 64, rate: 72, hours: 16 }, { who: 'esther', total: 52, rate: 74, hours: 20 },
];
write('seeds/demo-candidates-30601.csv', 8, [7, 8], [20, 15, 15, 15, 10, 10, 15], r30601);

// Request 25924: 4 knock-outs (4 = max € 75, left to the rule), shortlist 5. Some people are on both.
const r25924 = [
  { who: 'aafke', total: 95, rate: 70 }, { who: 'bas', total: 90, rate: 72 },
  { who: 'chantal', total: 82, rate: 65 }, { who: 'dirk', total: 82, rate: 70 }, // equal totals, rate decides
  { who: 'esther', total: 75, rate: 74 }, { who: 'frank', total: 75, rate: 74 }, // tie at the cut-off (rank 5)
  { who: 'greet', total: 70, rate: 60 }, { who: 'hidde', total: 60, rate: 74.5 }, { who: 'sanne', total: 55, rate: 75 },
  { who: 'iris', total: 88, rate: 80 }, { who: 'jelle', total: 91, rate: 85 }, // above the cap
  { who: 'kim', total: 78, rate: 68, ko: ['nee'] }, { who: 'lotte', total: 66 }, // no HBO; no rate
  { who: 'mees', total: 50, rate: 62, ko: ['ja', '?'] }, { who: 'noor', total: 40, rate: 58, emptyScore: 2 },
  { who: 'zeger', total: 45, rate: 70 },
];
write('seeds/demo-candidates-25924.csv', 4, [4], [10, 30, 40, 20], r25924);
console.log('wrote', r30601.length, '+', r25924.length, 'rows;', new Set([...r30601, ...r25924].map((r) => r.who)).size, 'people');
