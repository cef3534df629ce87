// Builds the benchmark's candidate CSV: N rows × 30 columns in the Dutch Excel dialect (";",
// decimal commas, CRLF), with columns that map onto a seed request's knock-outs and criteria.
// Deterministic: the same N always gives the same bytes, so runs compare like with like.

const FIRST = ['Anouk', 'Bram', 'Cor', 'Daan', 'Eva', 'Femke', 'Gert', 'Hanna', 'Ilse', 'Joost', 'Karin', 'Lars', 'Marit', 'Niels', 'Olga', 'Pieter', 'Quinty', 'Rik', 'Sanne', 'Tim', 'Ursula', 'Vincent', 'Wendy', 'Xander', 'Yara', 'Zeger', 'Esmée', 'Chloë'];
const LAST = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Postma', 'Kuipers', 'Veenstra', 'Bosman'];
const SUPPLIERS = ['Noorderlicht Detachering', 'Hunebed Interim', 'Zelfstandige', 'Drents Talent', 'Vechtdal Professionals', 'Brink & Es B.V.'];
const PLACES = ['Assen', 'Meppel', 'Hoogeveen', 'Emmen', 'Zwolle', 'Groningen', 'Beilen', 'Westerbork'];
/** Columns no request knows: they fill the file to 30 columns and must not be stored. */
const PADDING = ['Opleiding', 'Woonplaats', 'Geboortedatum', 'BSN', 'Startdatum', 'LinkedIn', 'Rijbewijs', 'Referentie', 'Kenmerk leverancier'];

const nl = (n) => String(n).replace('.', ',');

/**
 * The CSV text for `request` (its knock-outs become K1…, its criteria G1…). Rule knock-outs
 * (max-rate, min-hours) stay empty, as a consultant leaves them to the rules.
 */
export function makeImportCsv(request, rows) {
  const header = ['Naam', 'E-mail', 'Telefoon', 'Leverancier', 'Uurtarief', 'Uren per week',
    ...request.knockOuts.map((_, i) => `K${i + 1}`), ...request.criteria.map((_, i) => `G${i + 1}`)];
  const padding = PADDING.slice(0, Math.max(0, 30 - header.length));
  header.push(...padding);
  if (header.length !== 30) throw new Error(`the bench CSV should have 30 columns, not ${header.length}`);

  const lines = [header.join(';')];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const name = `${first} ${last} ${i + 1}`;
    const email = `${first}.${last}.${i + 1}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.]+/g, '') + '@example.nl';
    const phone = `06-${String(10000000 + ((i * 7919) % 89999999)).padStart(8, '0')}`;
    const cents = i % 4 === 0 ? 50 : 0;
    const euros = 70 + ((i * 37) % 56); // 70 … 125: about one in ten is above the € 120 cap
    const rate = i % 9 === 0 ? `€ ${euros},-` : cents ? `${euros},${cents}` : String(euros);
    const hours = i % 7 === 0 ? `${16 + (i % 5) * 4} uur` : String(16 + (i % 5) * 4);
    const knockOuts = request.knockOuts.map((k, j) => (k.rule ? '' : (i + j) % 41 === 0 ? 'nee' : 'ja'));
    const scores = request.criteria.map((c, j) => nl(((i * (j + 3) * 7919 + j * 13) % (c.maxPoints * 2 + 1)) / 2));
    const extra = [
      i % 3 === 0 ? 'HBO' : 'WO',
      PLACES[i % PLACES.length],
      `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${1960 + (i % 40)}`,
      String(100000000 + ((i * 104729) % 899999999)),
      `01-0${1 + (i % 9)}-2026`,
      `https://www.linkedin.com/in/kandidaat-${i + 1}`,
      i % 2 ? 'ja' : 'nee',
      `"Ref. ${last}; ""goed"""`, // a quoted cell with the delimiter and quotes in it
      `LEV-${(i * 31) % 100000}`,
    ].slice(0, padding.length);
    lines.push([name, email, phone, SUPPLIERS[i % SUPPLIERS.length], rate, hours, ...knockOuts, ...scores, ...extra].join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}
