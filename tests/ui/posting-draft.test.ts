// "Vacaturetekst plakken" loses nothing the user did not throw away: the text and the proposal with
// its edits outlive the dialog (which comes and goes) until Save or Discard; and a request number
// that is already there is found before Save.
import { readFileSync } from 'node:fs';
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Request } from '../../src/core';
import { createPostingDraft } from '../../src/ui/posting/draft';
import { draftOf, sameNumber } from '../../src/ui/posting/review';
import { withField } from '../../src/ui/request-editor/fields';

const SEED_000 = readFileSync(new URL('../fixtures/postings/000_b66ea57ac9e92ed7.txt', import.meta.url), 'utf8');

/** What the dialog does while it is open: runs inside an owner that goes when it closes. */
function inDialog<T>(work: () => T): T {
  return createRoot((dispose) => {
    const result = work();
    dispose();
    return result;
  });
}

const retitle = (title: string) => (request: Request) => withField(request, 'title', title, 'nl');

describe('the posting draft', () => {
  it('keeps the text and the proposal with its edits after the dialog that made them has closed', async () => {
    const draft = createPostingDraft();
    await inDialog(() => {
      draft.setText(SEED_000);
      return draft.propose().store.edit('field:title', 'Mijn titel', retitle('Mijn titel'));
    });
    expect(draft.text()).toBe(SEED_000);
    expect(draft.review()?.store.request()).toMatchObject({ number: '25924', title: 'Mijn titel' });
    // The store still works (its effects were not the closed dialog's).
    expect(await draft.review()!.store.edit('field:title', 'Nog een', retitle('Nog een'))).toBe(true);
    expect(draft.review()?.store.request().title).toBe('Nog een');
  });

  it('gives the same proposal back after "Tekst aanpassen" while the text is unchanged, a new one once it changed', async () => {
    const draft = createPostingDraft();
    draft.setText(SEED_000);
    const first = draft.propose();
    await first.store.edit('field:title', 'Mijn titel', retitle('Mijn titel'));
    draft.backToText();
    expect(draft.review()).toBeNull();
    expect(draft.propose()).toBe(first);
    expect(draft.review()?.store.request().title).toBe('Mijn titel');

    draft.backToText();
    draft.setText(SEED_000 + '\n');
    expect(draft.propose()).not.toBe(first);
    expect(draft.review()?.store.request().title).not.toBe('Mijn titel');
  });

  it('holds work from the first pasted character until it is discarded, which leaves nothing', () => {
    const draft = createPostingDraft();
    expect(draft.holdsWork()).toBe(false);
    draft.setText('Aanvraagnummer 1');
    expect(draft.holdsWork()).toBe(true);
    draft.propose();
    draft.discard();
    expect({ text: draft.text(), review: draft.review(), holdsWork: draft.holdsWork() }).toEqual({ text: '', review: null, holdsWork: false });
  });
});

describe('a request number that is already there', () => {
  const stored = [
    { id: 'a', number: '25924', title: 'SOR Ondersteuner' },
    { id: 'b', number: '30601', title: 'BI Specialist' },
    { id: 'c', title: 'Zonder nummer' },
  ];
  const draft = (number?: string): Request => ({ ...draftOf({ request: { title: 'x', shortlistSize: 5, tieBreak: 'lowest-rate', knockOuts: [], criteria: [], competencies: [] }, warnings: [] }), ...(number === undefined ? {} : { number }) });

  it('is found, spaces around it aside', () => expect(sameNumber(draft(' 25924 '), stored).map((r) => r.id)).toEqual(['a']));
  it.each([[undefined], [''], ['  '], ['2592']])('is not claimed for the number %j', (number) => expect(sameNumber(draft(number), stored)).toEqual([]));
});
