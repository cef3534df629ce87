// Mounts the app: open the database, seed it on the very first run, render.
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { openDatabase, type StaleOutcome } from './db/open';
import { seedIfEmpty } from './db/seed';
import { seedData } from './seed-data';
import { App } from './ui/App';
import { locale, t } from './ui/i18n';
import { createPendingEdits } from './ui/pending-edits';
import './ui/styles.css';

async function start() {
  const pending = createPendingEdits();
  const { db, onStale } = openDatabase('shortlist', () => pending.flush());
  const [stale, setStale] = createSignal<StaleOutcome | null>(null);
  onStale((outcome) => setStale(outcome));
  await seedIfEmpty(db, seedData);
  document.documentElement.lang = locale();
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
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
