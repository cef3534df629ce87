// What IndexedDB's failures mean for the user, as data the screen words: the browser's storage is
// full (QuotaExceededError, also when Dexie wraps it in an AbortError), the database was closed
// because a newer version opened it in another tab, or the browser refused for another reason.
import type { InputError } from '../core';

export type StorageFailure = 'storage-full' | 'database-closed' | 'storage-failed';

/** The names a failure and its causes carry (Dexie keeps the IndexedDB error as `inner`). */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') names.push(e.name);
    if (typeof e.message === 'string') names.push(e.message);
    current = e.inner ?? e.cause;
  }
  if (typeof error === 'string') names.push(error);
  return names;
}

export function storageFailureOf(error: unknown): StorageFailure {
  const names = namesOf(error).join(' ');
  if (/QuotaExceeded|quota/i.test(names)) return 'storage-full';
  if (/DatabaseClosed/i.test(names)) return 'database-closed';
  return 'storage-failed';
}

const MESSAGES: Record<StorageFailure, string> = {
  'storage-full':
    'De opslag van de browser is vol: er is niets bewaard. Maak ruimte vrij op de schijf (maar wis niet de sitegegevens van Shortlist: dan ben je alles kwijt), maak een back-up en verwijder voorbeeldgegevens of oude aanvragen, en probeer het dan opnieuw.',
  'database-closed': 'Shortlist is in een ander tabblad bijgewerkt; deze pagina bewaart niets meer. Deze wijziging is niet bewaard: herlaad de pagina.',
  'storage-failed': 'De browser weigerde het opslaan; er is niets bewaard. Probeer het opnieuw, of herlaad de pagina.',
};

/** A failed write as an InputError: the code says what happened, `detail` keeps the browser's words. */
export function storageError(error: unknown): InputError {
  const code = storageFailureOf(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code, message: MESSAGES[code], params: { detail } };
}
