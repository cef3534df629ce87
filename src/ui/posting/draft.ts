// The work of "Vacaturetekst plakken" as long as the page is open: closing the dialog (Escape,
// Close) keeps the pasted text and the proposal with its edits for the next opening. Only Save or
// Discard ends it, so nothing typed there is lost without the user saying so.
import { createRoot, createSignal, type Accessor } from 'solid-js';
import { parsePosting, type PostingWarning } from '../../core';
import type { Dict } from '../i18n/nl';
import { createDraftStore, type DraftStore } from '../request-editor/store';
import { draftOf, placeWarnings } from './review';

export type Review = { store: DraftStore; general: PostingWarning[] };

export interface PostingDraft {
  text: Accessor<string>;
  setText(text: string): void;
  /** The proposal on screen; null while the text is shown. */
  review: Accessor<Review | null>;
  /**
   * Shows the proposal of the text: the one made before, with its edits, while the text is the one
   * it was made from; a new one once the text was changed.
   */
  propose(): Review;
  /** Back to the text; its proposal waits, in case the text stays as it is. */
  backToText(): void;
  /** Saved, or thrown away: the next opening starts empty. */
  discard(): void;
  /** Something would be lost by discarding. */
  holdsWork(): boolean;
}

export function createPostingDraft(ownErrorText: Record<string, keyof Dict> = {}): PostingDraft {
  const [text, setText] = createSignal('');
  const [shown, setShown] = createSignal(false);
  const [made, setMade] = createSignal<{ from: string; review: Review } | null>(null);
  // The store holds effects (focus after a move): they live in a root of their own, as long as
  // the proposal does, not as long as the dialog (which comes and goes).
  let disposeReview: (() => void) | undefined;
  const drop = () => {
    disposeReview?.();
    disposeReview = undefined;
    setMade(null);
    setShown(false);
  };

  function make(from: string): Review {
    const proposal = parsePosting(from);
    const placed = placeWarnings(proposal);
    return createRoot((dispose) => {
      disposeReview = dispose;
      const store = createDraftStore(
        draftOf(proposal),
        (place) =>
          (place.kind === 'general' ? placed.general : place.kind === 'field' ? placed.fields[place.field as keyof typeof placed.fields] : place.kind === 'list' ? placed.lists[place.list] : placed.items[place.id]) ?? [],
        ownErrorText,
      );
      return { store, general: placed.general };
    });
  }

  return {
    text,
    setText,
    review: () => (shown() ? (made()?.review ?? null) : null),
    propose() {
      const before = made();
      if (before && before.from === text()) {
        setShown(true);
        return before.review;
      }
      drop();
      const review = make(text());
      setMade({ from: text(), review });
      setShown(true);
      return review;
    },
    backToText: () => setShown(false),
    discard() {
      drop();
      setText('');
    },
    holdsWork: () => text().trim() !== '' || made() !== null,
  };
}
