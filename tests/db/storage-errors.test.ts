import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageError, storageFailureOf } from '../../src/db/storage-errors';

describe('what a storage failure means, whatever wraps it', () => {
  it.each<[string, unknown]>([
    ['a DOMException QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('quota')],
    ["Dexie's AbortError around a QuotaExceededError", new Dexie.AbortError('Transaction aborted', new DOMException('x', 'QuotaExceededError'))],
    ['the text "AbortError: QuotaExceededError"', 'AbortError: QuotaExceededError'],
  ])('%s is a full storage', (_, error) => {
    expect(storageFailureOf(error)).toBe('storage-full');
  });
  it('a closed database is named as such', () => {
    expect(storageFailureOf(new Dexie.DatabaseClosedError('closed'))).toBe('database-closed');
  });
  it('anything else is a refusal of the browser', () => {
    expect(storageFailureOf(new Error('disk on fire'))).toBe('storage-failed');
  });
  it('says in words that nothing was saved and what to do, and keeps the browser\'s words as a detail', () => {
    const error = storageError(new Dexie.AbortError('Transaction aborted', new DOMException('x', 'QuotaExceededError')));
    expect(error).toMatchObject({ code: 'storage-full', params: { detail: expect.stringContaining('AbortError') } });
    expect(error.message).toMatch(/opslag van de browser is vol.*niets bewaard.*back-up.*voorbeeldgegevens/);
  });
});
