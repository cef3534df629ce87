// Everyone's outcome (PRODUCT §3.13, §6): the stage where the procedure stopped and why, in full
// sentences in the chosen language, each copyable, and "Uitslagen exporteren" — the mail-merge CSV
// in either dialect and either language, every cell neutralised against formula injection.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { csvFileName, writeCsv, type Cell, type ExportDialect, type Outcome, type Stage } from '../../core';
import { downloadText } from '../download';
import { loadTexts, locale, t, withLocale, type Locale } from '../i18n';
import { outcomeSentences, resultText, stageText, type OutcomeFacts } from './outcome-text';
import { nameOf, staleAward, unratedAtAward, type ProcedureData } from './procedure-data';
import { errorText } from '../i18n/errors';

/** The furthest stage first: who got it, who was interviewed, … who fell at a knock-out. */
const ORDER: Record<Stage, number> = { award: 0, interview: 1, client: 2, selection: 3, 'knock-out': 4 };
const PAGE = 200;

export function factsOf(data: ProcedureData, outcome: Outcome): OutcomeFacts {
  const ranking = data.overview.clientRanking;
  return {
    request: data.request,
    candidate: data.candidateOf.get(outcome.candidateId) ?? { id: outcome.candidateId, name: outcome.candidateId },
    evaluation: data.evaluationOf.get(outcome.candidateId),
    standing: data.standingOf.get(outcome.candidateId),
    clientRank: ranking.find((r) => r.candidateId === outcome.candidateId),
    clientCount: ranking.length,
    award: data.request.award,
  };
}

/** Outcomes with the furthest stage first, in the matrix's order within a stage. */
export function sortedOutcomes(data: ProcedureData): Outcome[] {
  const rankOf = (id: string) => data.standingOf.get(id)?.rank ?? Infinity;
  return [...data.overview.outcomes].sort((a, b) => ORDER[a.stage] - ORDER[b.stage] || rankOf(a.candidateId) - rankOf(b.candidateId));
}

/** The mail-merge table (one row per candidate) in a language. */
export function outcomeTable(data: ProcedureData, language: Locale): Cell[][] {
  return withLocale(language, () => [
    [t('matrixName'), t('matrixEmail'), t('procOutcomeStage'), t('procOutcomeResult'), t('procOutcomeReason')],
    ...sortedOutcomes(data).map((o): Cell[] => {
      const facts = factsOf(data, o);
      return [facts.candidate.name, facts.candidate.email ?? null, stageText(o.stage), resultText(o.result), outcomeSentences(o, facts).join(' ')];
    }),
  ]);
}

export function Outcomes(props: { data: ProcedureData }) {
  const outcomes = createMemo(() => sortedOutcomes(props.data));
  const stale = createMemo(() => staleAward(props.data));
  const unrated = createMemo(() => unratedAtAward(props.data));
  const [shown, setShown] = createSignal(PAGE);
  const [copied, setCopied] = createSignal<string | null>(null);
  const [language, setLanguage] = createSignal<Locale>(locale());
  const [dialect, setDialect] = createSignal<ExportDialect>('excel-nl');
  const [saved, setSaved] = createSignal<string | null>(null);

  async function copy(outcome: Outcome, text: string) {
    await navigator.clipboard.writeText(text);
    setCopied(outcome.candidateId);
  }
  async function exportCsv() {
    // A file in the other language needs that language's texts (only the chosen one is loaded).
    await loadTexts(language());
    const name = csvFileName(withLocale(language(), () => t('procFileStem')), props.data.request, new Date(), withLocale(language(), () => t('procFileFallback')));
    downloadText(name, writeCsv(outcomeTable(props.data, language()), dialect()), 'text/csv;charset=utf-8');
    setSaved(name);
  }

  return (
    <div class="proc-step">
      <header class="proc-head">
        <h2>{t('procOutcomesTitle')}</h2>
        <p class="muted">{t('procOutcomesIntro')}</p>
        <Show when={!props.data.request.award}>
          <p class="info">{t('procOutcomesBefore')}</p>
        </Show>
        {/* The letters follow the stored award; said here, where they are sent from, not only in the award step. */}
        <Show when={stale().length > 0}>
          <p class="warning" role="alert">{t('procOutcomesStale', { reason: stale().map(errorText).join(' ') })}</p>
        </Show>
        <Show when={unrated().length > 0}>
          <p class="warning" role="status">{t('procOutcomesUnrated', { names: unrated().map((id) => nameOf(props.data, id)).join(', ') })}</p>
        </Show>
      </header>
      <form class="proc-export" onSubmit={(e) => (e.preventDefault(), void exportCsv())}>
        <label>
          {t('procExportLanguage')}
          <select value={language()} onChange={(e) => (setLanguage(e.currentTarget.value as Locale), void loadTexts(e.currentTarget.value as Locale).catch(() => undefined))}>
            <option value="nl">{t('exportLanguageNl')}</option>
            <option value="en">{t('exportLanguageEn')}</option>
          </select>
        </label>
        <label>
          {t('procExportDialect')}
          <select value={dialect()} onChange={(e) => setDialect(e.currentTarget.value as ExportDialect)}>
            <option value="excel-nl">{t('exportExcel')}</option>
            <option value="rfc4180">{t('exportRfc')}</option>
          </select>
        </label>
        <button type="submit" class="primary">{t('procExportOutcomes')}</button>
        <Show when={saved()}>{(file) => <span class="info" role="status">{t('procExported', { file: file() })}</span>}</Show>
      </form>
      <table class="proc-outcomes">
        <thead>
          <tr>
            <th scope="col">{t('matrixName')}</th>
            <th scope="col">{t('procOutcomeStage')}</th>
            <th scope="col">{t('procOutcomeResult')}</th>
            <th scope="col">{t('procOutcomeReason')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('procCopy')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={outcomes().slice(0, shown())}>
            {(outcome) => {
              const facts = () => factsOf(props.data, outcome);
              const text = () => outcomeSentences(outcome, facts()).join(' ');
              return (
                <tr classList={{ awarded: outcome.result === 'awarded', out: outcome.result === 'out' }}>
                  <th scope="row" translate="no">{facts().candidate.name}</th>
                  <td>{stageText(outcome.stage)}</td>
                  <td>{resultText(outcome.result)}</td>
                  <td class="proc-reason">{text()}</td>
                  <td>
                    <button type="button" aria-label={t('procCopyFor', { name: facts().candidate.name })} onClick={() => void copy(outcome, text())}>
                      {copied() === outcome.candidateId ? t('procCopied') : t('procCopy')}
                    </button>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={outcomes().length > shown()}>
        <button type="button" onClick={() => setShown(shown() + PAGE)}>{t('procShowMore', { n: Math.min(PAGE, outcomes().length - shown()) })}</button>
      </Show>
    </div>
  );
}
