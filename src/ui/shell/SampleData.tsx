// First run (PRODUCT §8): what is sample data, said where the requests are listed, and the one
// action that removes all of it after saying what goes and what stays.
import type { SampleSummary } from '../../db/sample-removal';
import { useApp } from '../app-context';
import { t } from '../i18n';
import { focusBackIfLost } from '../focus-back';

/** The "Voorbeeld" label of a sample request, in the list and the header. */
export function SampleBadge() {
  return (
    <span class="sample-badge" title={t('sampleBadgeTitle')}>
      {t('sampleBadge')}
    </span>
  );
}

const requestsText = (n: number) => (n === 1 ? t('sampleRequestsOne') : t('sampleRequestsN', { n }));
const candidatesText = (n: number) => (n === 1 ? t('sampleCandidatesOne') : t('sampleCandidatesN', { n }));

/** The confirmation's question: what goes, and what of the user's stays. */
export function removeSampleQuestion(s: SampleSummary): string {
  const parts = [t('removeSampleConfirm', { requests: requestsText(s.requests), candidates: candidatesText(s.candidates) })];
  if (s.keptCandidates > 0) parts.push(t('removeSampleKept', { n: s.keptCandidates }));
  if (s.ownOnSample > 0) parts.push(t('removeSampleOwnOnSample', { n: s.ownOnSample }));
  return parts.join(' ');
}

/**
 * The sidebar's note on the sample data with its remove button. `attempt` runs the write the way
 * the sidebar's other actions do (a refusal of the browser is said in words); `onRemoved` gets the
 * sentence that says what was removed.
 */
export function SampleData(props: { attempt: (write: () => Promise<void>) => Promise<void>; onRemoved: (text: string) => void }) {
  const app = useApp();
  let button!: HTMLButtonElement;
  const remove = async () => {
    await props.attempt(async () => {
      // A score still open in the grid lands first: the question then counts what is really there.
      await app.flushPendingEdits();
      // The removal's code is not part of the first screen: it loads with the click.
      const { removeSampleData, sampleSummary } = await import('../../db/sample-removal');
      const summary = await sampleSummary(app.db);
      if (summary && !window.confirm(removeSampleQuestion(summary))) return;
      const removed = await removeSampleData(app.db);
      props.onRemoved(t('sampleRemoved', { requests: requestsText(removed.requests), candidates: candidatesText(removed.candidates) }));
    });
    // Finishing the open edits took the focus off the button (a field commits when it is left):
    // when the answer was no, or the removal failed, the keyboard goes back to where it was.
    focusBackIfLost(button);
  };
  return (
    <section class="sample-note" aria-labelledby="sample-note-heading">
      <h2 id="sample-note-heading">{t('sampleHeading')}</h2>
      <p>{t('sampleExplain')}</p>
      <button ref={button} type="button" class="danger" onClick={() => void remove()}>
        {t('removeSample')}
      </button>
    </section>
  );
}
