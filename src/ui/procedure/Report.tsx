// "Beoordelingsverslag" (PRODUCT §6): the whole request on printable pages — the request, its
// criteria, every candidate's knock-outs with reasons, scores with evidence, ranks, the client's
// round, the interview per assessor, the award and its dates — what a consultant needs when an
// objection comes in. The browser prints it (or saves it as PDF) with the print stylesheet.
import { For, Show, onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import { knockOutOutcomes, panelRatings, weightsTotal, type CompetencyRating, type Outcome } from '../../core';
import { formatDate, formatDateTime, formatMoney, formatNumber, t } from '../i18n';
import { ruleReason } from '../i18n/errors';
import type { Dict } from '../i18n/nl';
import { factsOf, sortedOutcomes } from './Outcomes';
import { outcomeSentences, resultText, stageText } from './outcome-text';
import { nameOf, type ProcedureData } from './procedure-data';
import './report.css';

const KO: Record<string, string> = { pass: '✓', fail: '✗', unknown: '?' };
const RATING_LABEL: Record<CompetencyRating, keyof Dict> = { onvoldoende: 'detailsOnvoldoende', voldoende: 'detailsVoldoende', goed: 'detailsGoed' };

/**
 * Shown over the app in a layer of its own under <body> (not a modal <dialog>: the top layer would
 * print as one page), so the print stylesheet can hide the app and let the report run over pages.
 */
export default function Report(props: { data: ProcedureData; onClose: () => void }) {
  let print!: HTMLButtonElement;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose();
  onMount(() => {
    print.focus();
    document.body.classList.add('printing-report');
    addEventListener('keydown', onKeyDown);
  });
  onCleanup(() => {
    document.body.classList.remove('printing-report');
    removeEventListener('keydown', onKeyDown);
    before?.focus();
  });
  const request = () => props.data.request;
  const made = new Date().toISOString();
  return (
    <Portal>
    <div class="report-dialog" role="dialog" aria-modal="true" aria-labelledby="report-title">
      <div class="report-actions">
        <button type="button" class="primary" ref={print} onClick={() => window.print()}>{t('reportPrint')}</button>
        <button type="button" onClick={() => props.onClose()}>{t('reportClose')}</button>
      </div>
      {/* It scrolls, and holds nothing focusable: focusable itself, so the keyboard scrolls it. */}
      <article class="report" tabIndex={0} aria-labelledby="report-title">
        <header>
          <h1 id="report-title">{t('reportTitle', { number: request().number ?? '' })}</h1>
          <p class="report-title" translate="no">{request().title}</p>
          <Show when={request().client}><p translate="no">{request().client}</p></Show>
          <p class="muted">{t('reportMade', { date: formatDateTime(made) })}</p>
        </header>

        <section>
          <h2>{t('reportRequest')}</h2>
          <dl class="report-facts">
            <Show when={request().deadline}><dt>{t('deadline')}</dt><dd>{formatDateTime(request().deadline ?? '')}</dd></Show>
            <Show when={request().hoursPerWeek !== undefined}><dt>{t('hoursPerWeek')}</dt><dd>{request().hoursPerWeek}</dd></Show>
            <Show when={request().maxRate !== undefined}><dt>{t('maxRate')}</dt><dd>{formatMoney(request().maxRate ?? 0)}</dd></Show>
            <dt>{t('shortlistSize')}</dt><dd>{t('bestN', { n: request().shortlistSize })}</dd>
            <Show when={request().interviewSize !== undefined}><dt>{t('criteriaFieldInterview')}</dt><dd>{request().interviewSize}</dd></Show>
            <dt>{t('criteriaFieldTieBreak')}</dt><dd>{t(request().tieBreak === 'lowest-rate' ? 'criteriaTieBreakLowestRate' : 'criteriaTieBreakNone')}</dd>
          </dl>
        </section>

        <section>
          <h2>{t('reportCriteria')}</h2>
          <h3>{t('reportKnockOuts')}</h3>
          <ol class="report-list" translate="no">
            <For each={request().knockOuts}>{(k, i) => <li>K{i() + 1}. {k.text}</li>}</For>
          </ol>
          <h3>{t('reportScores')} ({formatNumber(weightsTotal(request()))})</h3>
          <ol class="report-list" translate="no">
            <For each={request().criteria}>{(c, i) => <li>G{i() + 1}. {c.text} ({formatNumber(c.maxPoints)})</li>}</For>
          </ol>
          <Show when={(request().clientCriteria ?? []).length > 0}>
            <h3>{t('reportClientRound')}</h3>
            <ol class="report-list" translate="no">
              <For each={request().clientCriteria ?? []}>{(c, i) => <li>C{i() + 1}. {c.text} ({formatNumber(c.maxPoints)})</li>}</For>
            </ol>
          </Show>
          <Show when={request().competencies.length > 0}>
            <h3>{t('criteriaCompetencies')}</h3>
            <ul class="report-list" translate="no">
              <For each={request().competencies}>{(c) => <li>{c.name}{c.description ? ` — ${c.description}` : ''}</li>}</For>
            </ul>
          </Show>
        </section>

        <section>
          <h2>{t('reportAward')}</h2>
          <Show when={request().award} fallback={<p>{t('reportNoAward')}</p>}>
            {(award) => (
              <p>
                {t('procAwarded', { names: award().awarded.map((id) => nameOf(props.data, id)).join(', '), date: formatDate(award().decidedAt) })}{' '}
                <Show when={award().objectionUntil}>{t('procAwardedUntil', { date: formatDate(award().objectionUntil ?? '') })}</Show>
              </p>
            )}
          </Show>
        </section>

        <section>
          <h2>{t('reportCandidates')}</h2>
          <For each={sortedOutcomes(props.data)}>{(outcome) => <CandidatePage data={props.data} outcome={outcome} />}</For>
        </section>
      </article>
    </div>
    </Portal>
  );
}

function CandidatePage(props: { data: ProcedureData; outcome: Outcome }) {
  const facts = factsOf(props.data, props.outcome);
  const request = props.data.request;
  const standing = facts.standing;
  const knockOuts = knockOutOutcomes(request, facts.candidate, facts.evaluation);
  const panel = panelRatings(request, facts.evaluation);
  const assessors = Object.keys(facts.evaluation?.panel ?? {});
  return (
    <section class="report-candidate">
      <h3 translate="no">{facts.candidate.name}</h3>
      <p class="report-meta">
        <Show when={facts.candidate.supplier}><span translate="no">{facts.candidate.supplier} · </span></Show>
        <Show when={facts.candidate.hourlyRate !== undefined}>{formatMoney(facts.candidate.hourlyRate ?? 0)} · </Show>
        {standing?.rank != null ? t('reportRankOf', { rank: standing.rank, total: formatNumber(standing.total) }) : t('reportEliminated')}
      </p>
      <p>
        <strong>{t('reportOutcome')}:</strong> {stageText(props.outcome.stage)} — {resultText(props.outcome.result)}. {outcomeSentences(props.outcome, facts).join(' ')}
      </p>
      <table class="report-table">
        <tbody>
          <For each={request.knockOuts}>
            {(k, i) => {
              const o = knockOuts[k.id];
              return (
                <tr>
                  <th scope="row">K{i() + 1}</th>
                  <td>{KO[o?.value ?? 'unknown']}</td>
                  <td>{o?.source === 'rule' ? ruleReason(o) : ''}</td>
                </tr>
              );
            }}
          </For>
          <For each={request.criteria}>
            {(c, i) => (
              <tr>
                <th scope="row">G{i() + 1}</th>
                <td>{typeof facts.evaluation?.scores[c.id] === 'number' ? formatNumber(facts.evaluation?.scores[c.id] ?? 0) : '—'} / {formatNumber(c.maxPoints)}</td>
                <td translate="no">{facts.evaluation?.notes?.[c.id] ?? ''}</td>
              </tr>
            )}
          </For>
          <Show when={facts.clientRank}>
            {(rank) => (
              <For each={request.clientCriteria ?? []}>
                {(c, i) => (
                  <tr>
                    <th scope="row">C{i() + 1}</th>
                    <td>{typeof facts.evaluation?.clientScores?.[c.id] === 'number' ? formatNumber(facts.evaluation?.clientScores?.[c.id] ?? 0) : '—'} / {formatNumber(c.maxPoints)}</td>
                    <td>{i() === 0 ? `${t('procClientRank')} ${rank().rank}${rank().tied ? '=' : ''} · ${t('procClientTotal')} ${formatNumber(rank().total)}` : ''}</td>
                  </tr>
                )}
              </For>
            )}
          </Show>
        </tbody>
      </table>
      <Show when={facts.evaluation?.invitedAt && request.competencies.length > 0}>
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{t('reportInterview')} ({t('procInvitedOn', { date: formatDate(facts.evaluation?.invitedAt ?? '') })})</th>
              <For each={assessors}>{(a) => <th scope="col" translate="no">{a}</th>}</For>
              <th scope="col">{t('procAgreed')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={panel}>
              {(row) => (
                <tr>
                  <th scope="row" translate="no">{request.competencies.find((c) => c.id === row.competencyId)?.name}</th>
                  <For each={assessors}>{(a) => <td>{row.ratings[a] ? t(RATING_LABEL[row.ratings[a] as CompetencyRating]) : '—'}</td>}</For>
                  <td>{row.agreed ? `${t(RATING_LABEL[row.agreed])}${row.source === 'unanimous' ? ` (${t('procAgreedFrom')})` : ` (${t('procAgreedSet')})`}` : '—'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
