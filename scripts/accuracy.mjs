// `npm run accuracy`: runs the posting parser over the corpus of the trade
// (tests/fixtures/postings/corpus/, plus the seeds and own postings that have an expectation) and
// prints the field-level accuracy per field and per posting, then every miss with what was
// expected and what the parser gave. A report, not a test: it exits 0 whatever the score
// (tests/core/posting/corpus.test.ts is the test). The TypeScript core is loaded through Vite's
// SSR module loader, so nothing is built and nothing new is installed.
//
// Options: a substring of a posting's name limits the run to those postings
// (`npm run accuracy -- 05-province`); ACCURACY_WIDTH sets the width of quoted values (default 140).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = Number(process.env.ACCURACY_WIDTH ?? 140);
const filter = process.argv[2];

const server = await createServer({
  configFile: false,
  root: ROOT,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});

try {
  const { parsePosting } = await server.ssrLoadModule('/src/core/index.ts');
  const { FIELDS, compare, corpusCases, postingsWithoutExpectation } = await server.ssrLoadModule('/tests/core/posting/corpus.ts');

  const cases = corpusCases().filter((c) => !filter || c.name.includes(filter));
  if (cases.length === 0) throw new Error(`no posting matches "${filter}"`);
  const runs = cases.map((c) => ({ name: c.name, results: compare(c.expected, parsePosting(c.text)) }));

  const pct = (hits, total) => (total === 0 ? '—' : `${((100 * hits) / total).toFixed(1)} %`);
  const table = (rows) => {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    return rows
      .map((r, n) => {
        const line = r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('   ');
        return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('   ')}` : line;
      })
      .join('\n');
  };
  const quote = (value) => {
    const text = value === undefined ? '(undefined)' : JSON.stringify(value);
    return text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text;
  };

  const corpusRuns = runs.filter((r) => r.name.startsWith('corpus/'));
  const out = [''];
  out.push(`Posting parser accuracy — ${corpusRuns.length} corpus postings, ${runs.length - corpusRuns.length} older fixtures, ${FIELDS.length} fields each`, '');

  const fieldRows = [['field', 'corpus hits', 'corpus', 'all hits', 'all']];
  for (const field of FIELDS) {
    const hits = (list) => list.filter((r) => r.results.find((x) => x.field === field).ok).length;
    fieldRows.push([field, `${hits(corpusRuns)}/${corpusRuns.length}`, pct(hits(corpusRuns), corpusRuns.length), `${hits(runs)}/${runs.length}`, pct(hits(runs), runs.length)]);
  }
  const total = (list) => list.reduce((sum, r) => sum + r.results.filter((x) => x.ok).length, 0);
  const cells = (list) => list.length * FIELDS.length;
  fieldRows.push(['all fields', `${total(corpusRuns)}/${cells(corpusRuns)}`, pct(total(corpusRuns), cells(corpusRuns)), `${total(runs)}/${cells(runs)}`, pct(total(runs), cells(runs))]);
  out.push('Per field', table(fieldRows), '');

  const postingRows = [['posting', 'fields right', 'accuracy']];
  for (const run of runs) {
    const ok = run.results.filter((x) => x.ok).length;
    postingRows.push([run.name, `${ok}/${run.results.length}`, pct(ok, run.results.length)]);
  }
  out.push('Per posting', table(postingRows), '');

  const misses = runs.flatMap((run) => run.results.filter((x) => !x.ok).map((x) => ({ name: run.name, ...x })));
  if (misses.length === 0) out.push('Misses: none.');
  else {
    out.push(`Misses (${misses.length})`);
    for (const miss of misses) out.push(`- ${miss.name} · ${miss.field}`, `    expected ${quote(miss.expected)}`, `    got      ${quote(miss.actual)}`);
  }
  const orphans = postingsWithoutExpectation();
  if (orphans.length > 0) out.push('', `Postings without an expectation file: ${orphans.join(', ')}`);
  console.log(out.join('\n') + '\n');
} finally {
  await server.close();
}
