// Mounts the app: open the database, seed it on the very first run, render.
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { readMatrixAhead } from './db/matrix-ahead';
import { openDatabase, type StaleOutcome } from './db/open';
import { firstRunStep, markEarlierSample } from './db/sample';
import { hasUnsaved } from './db/unsaved';
import { App } from './ui/App';
import { loadTexts, locale, t } from './ui/i18n';
import { createPendingEdits } from './ui/pending-edits';
import { readRoute } from './ui/route';
import './ui/styles.css';

async function start() {
  // Everything the page fetched before this moment is the entry and its static imports: what the
  // first paint waits for (tests/e2e/first-paint.spec.ts holds it to a budget). The rest loads later.
  performance.mark('shortlist:start');
  // Most starts show a matrix: its code (AG Grid, most of the bundle) and the texts beyond the app
  // frame's start loading now, beside the opening of the database, not once the first screen asks.
  loadTexts().catch((error: unknown) => console.error(error));
  const route = readRoute(location.hash);
  if (route.tab === 'matrix') import('./ui/matrix/MatrixTab').catch(() => undefined);
  const pending = createPendingEdits();
  const { db, onStale } = openDatabase('shortlist', () => pending.flush());
  // A matrix named in the address is read now, beside the opening and the first-run check: the
  // first screen named it only once the request list had been read and shown.
  const matrixOf = route.tab === 'matrix' ? route.id : null;
  // Begun at once, not after reading the request: a request scored independently shows the
  // assessor's own sheet, which never takes this read (takeMatrixRead is asked for agreed scores
  // only), and such requests are rare; waiting to know cost a database round trip on every start.
  if (matrixOf) readMatrixAhead(db, matrixOf);
  const [stale, setStale] = createSignal<StaleOutcome | null>(null);
  onStale((outcome) => setStale(outcome));
  // The seeding code, the CSV reader it uses and the seed files load only on a first run.
  const step = await firstRunStep(db);
  if (step === 'seed') {
    const [{ seedIfEmpty }, { seedData }] = await Promise.all([import('./db/seed'), import('./seed-data')]);
    await seedIfEmpty(db, seedData);
  } else if (step === 'mark') {
    await markEarlierSample(db);
  }
  // Edits the last page showed but could not write before it went away (a reload right after typing).
  if (hasUnsaved()) await import('./db/unsaved-replay').then((m) => m.replayUnsaved(db)).catch((error: unknown) => console.error(error));
  document.documentElement.lang = locale();
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  // User timing for the bench's timeline of a start (BENCH_TIMELINE=1).
  performance.mark('shortlist:render');
  render(() => <App db={db} stale={stale} pending={pending} />, root);
}

start().catch((error: unknown) => {
  // The browser's own words go to the console; the page says what happened in the user's language.
  console.error(error);
  document.documentElement.lang = locale();
  const root = document.getElementById('root');
  if (root) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = t('startFailed');
    root.replaceChildren(p);
  }
});
