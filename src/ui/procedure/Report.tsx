// "Beoordelingsverslag" (PRODUCT §6): the whole request on printable pages — the request, its
// criteria, every candidate's knock-outs with reasons, scores with evidence, ranks, the client's
// round, the interview per assessor, the award and its dates — what a consultant needs when an
// objection comes in. The browser prints it (or saves it as PDF) with the print stylesheet.
//
// At 10 000 candidates the report holds a million nodes. It is drawn up once, when opened (a
// document of that moment, as its date says), and built in slices between frames: the first
// candidates show at once, the page stays usable, and "print" waits until the last one is in.
// Each candidate's section is worded first into plain strings, so the DOM carries no reactive
// work; off screen, the browser skips laying sections out (content-visibility, report.css).
import { For, Show, createSignal, onCleanup, onMount, untrack } from 'solid-js';
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
/** Candidates drawn with the dialog itself: a screen's worth and more. */
const FIRST = 30;
/** How long one slice of the rest may hold the page, in ms: well under a tenth of a second. */
const SLICE_MS = 40;

/**
 * Shown over the app in a layer of its own under <body> (not a modal <dialog>: the top layer would
 * print as one page), so the print stylesheet can hide the app and let the report run over pages.
 */
export default function Report(props: { data: ProcedureData; onClose: () => void }) {
  let print!: HTMLButtonElement;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose();
  // The facts as they stand when the report is opened.
  const data = untrack(() => props.data);
  const request = data.request;
  const outcomes = sortedOutcomes(data);
  const made = new Date().toISOString();
  const [shown, setShown] = createSignal(Math.min(FIRST, outcomes.length));
  const complete = () => shown() >= outcomes.length;
  const [printWanted, setPrintWanted] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Adds candidates in small steps until the slice's time is spent, then yields to the browser. */
  function more() {
    const start = performance.now();
    let step = 10;
    let n = shown();
    while (n < outcomes.length && performance.now() - start < SLICE_MS) {
      n = Math.min(outcomes.length, n + step);
      setShown(n);
      step = Math.min(step * 2, 200);
    }
    if (n < outcomes.length) timer = setTimeout(more, 0);
    else if (printWanted()) {
      setPrintWanted(false);
      // After the frame that lays out the last candidates.
      requestAnimationFrame(() => setTimeout(() => window.print(), 0));
    }
  }
  const askPrint = () => {
    if (complete()) window.print();
    else setPrintWanted(true);
  };

  onMount(() => {
    print.focus();
    document.body.classList.add('printing-report');
    addEventListener('keydown', onKeyDown);
    if (!complete()) timer = setTimeout(more, 0);
  });
  onCleanup(() => {
    clearTimeout(timer);
    document.body.classList.remove('printing-report');
    removeEventListener('keydown', onKeyDown);
    before?.focus();
  });

  return (
    <Portal>
      <div class="report-dialog" role="dialog" aria-modal="true" aria-labelledby="report-title" aria-busy={!complete()}>
        <div class="report-actions">
          <Show when={!complete()}>
            <p class="report-progress muted">
              <span>{t(printWanted() ? 'reportBuildingThenPrint' : 'reportBuilding', { shown: formatNumber(shown()), count: formatNumber(outcomes.length) })}</span>
              <progress max={outcomes.length} value={shown()} aria-label={t('reportProgress')} />
            </p>
          </Show>
          <button type="button" class="primary" ref={print} aria-disabled={printWanted()} onClick={askPrint}>{t('reportPrint')}</button>
          <button type="button" onClick={() => props.onClose()}>{t('reportClose')}</button>
        </div>
        {/* It scrolls, and holds nothing focusable: focusable itself, so the keyboard scrolls it. */}
        <article class="report" tabIndex={0} aria-labelledby="report-title">
          <header>
            <h1 id="report-title">{t('reportTitle', { number: request.number ?? '' })}</h1>
            <p class="report-title" translate="no">{request.title}</p>
            <Show when={request.client}><p translate="no">{request.client}</p></Show>
            <p class="muted">{t('reportMade', { date: formatDateTime(made) })}</p>
          </header>

          <section>
            <h2>{t('reportRequest')}</h2>
            <dl class="report-facts">
              <Show when={request.deadline}><dt>{t('deadline')}</dt><dd>{formatDateTime(request.deadline ?? '')}</dd></Show>
              <Show when={request.hoursPerWeek !== undefined}><dt>{t('hoursPerWeek')}</dt><dd>{request.hoursPerWeek}</dd></Show>
              <Show when={request.maxRate !== undefined}><dt>{t('maxRate')}</dt><dd>{formatMoney(request.maxRate ?? 0)}</dd></Show>
              <dt>{t('shortlistSize')}</dt><dd>{t('bestN', { n: request.shortlistSize })}</dd>
              <Show when={request.interviewSize !== undefined}><dt>{t('criteriaFieldInterview')}</dt><dd>{request.interviewSize}</dd></Show>
              <dt>{t('criteriaFieldTieBreak')}</dt><dd>{t(request.tieBreak === 'lowest-rate' ? 'criteriaTieBreakLowestRate' : 'criteriaTieBreakNone')}</dd>
            </dl>
          </section>

          <section>
            <h2>{t('reportCriteria')}</h2>
            <h3>{t('reportKnockOuts')}</h3>
            <ol class="report-list" translate="no">
              <For each={request.knockOuts}>{(k, i) => <li>K{i() + 1}. {k.text}</li>}</For>
            </ol>
            <h3>{t('reportScores')} ({formatNumber(weightsTotal(request))})</h3>
            <ol class="report-list" translate="no">
              <For each={request.criteria}>{(c, i) => <li>G{i() + 1}. {c.text} ({formatNumber(c.maxPoints)})</li>}</For>
            </ol>
            <Show when={(request.clientCriteria ?? []).length > 0}>
              <h3>{t('reportClientRound')}</h3>
              <ol class="report-list" translate="no">
                <For each={request.clientCriteria ?? []}>{(c, i) => <li>C{i() + 1}. {c.text} ({formatNumber(c.maxPoints)})</li>}</For>
              </ol>
            </Show>
            <Show when={request.competencies.length > 0}>
              <h3>{t('criteriaCompetencies')}</h3>
              <ul class="report-list" translate="no">
                <For each={request.competencies}>{(c) => <li>{c.name}{c.description ? ` — ${c.description}` : ''}</li>}</For>
              </ul>
            </Show>
          </section>

          <section>
            <h2>{t('reportAward')}</h2>
            <Show when={request.award} fallback={<p>{t('reportNoAward')}</p>}>
              {(award) => (
                <p>
                  {t('procAwarded', { names: award().awarded.map((id) => nameOf(data, id)).join(', '), date: formatDate(award().decidedAt) })}{' '}
                  <Show when={award().objectionUntil}>{t('procAwardedUntil', { date: formatDate(award().objectionUntil ?? '') })}</Show>
                </p>
              )}
            </Show>
          </section>

          <section>
            <h2>{t('reportCandidates')} ({formatNumber(outcomes.length)})</h2>
            <For each={outcomes.slice(0, shown())}>{(outcome) => <CandidateSection view={candidateView(data, outcome)} />}</For>
          </section>
        </article>
      </div>
    </Portal>
  );
}

type Row = [code: string, value: string, note: string, userText: boolean];

/** One candidate's section, worded: every value a string, so the DOM below is built once. */
interface CandidateView {
  name: string;
  /** Supplier, rate and rank (or "eliminated"), joined. */
  meta: string;
  outcome: string;
  /** K, G and C rows: code, value, the rule's reason / the evidence note / the client rank, and whether that is the user's own text. */
  rows: Row[];
  interview: { heading: string; assessors: string[]; rows: { competency: string; ratings: string[]; agreed: string }[] } | null;
}

function candidateView(data: ProcedureData, outcome: Outcome): CandidateView {
  const facts = factsOf(data, outcome);
  const { request, candidate, evaluation, standing, clientRank } = facts;
  const knockOuts = knockOutOutcomes(request, candidate, evaluation);
  const score = (value: number | null | undefined, max: number) => `${typeof value === 'number' ? formatNumber(value) : '—'} / ${formatNumber(max)}`;
  const rows: Row[] = [];
  request.knockOuts.forEach((k, i) => {
    const o = knockOuts[k.id];
    rows.push([`K${i + 1}`, KO[o?.value ?? 'unknown'] ?? '?', o?.source === 'rule' ? ruleReason(o) : '', false]);
  });
  request.criteria.forEach((c, i) => rows.push([`G${i + 1}`, score(evaluation?.scores[c.id], c.maxPoints), evaluation?.notes?.[c.id] ?? '', true]));
  if (clientRank) {
    (request.clientCriteria ?? []).forEach((c, i) =>
      rows.push([
        `C${i + 1}`,
        score(evaluation?.clientScores?.[c.id], c.maxPoints),
        i === 0 ? `${t('procClientRank')} ${clientRank.rank}${clientRank.tied ? '=' : ''} · ${t('procClientTotal')} ${formatNumber(clientRank.total)}` : '',
        false,
      ]),
    );
  }
  const meta = [
    candidate.supplier ?? null,
    candidate.hourlyRate !== undefined ? formatMoney(candidate.hourlyRate) : null,
    standing?.rank != null ? t('reportRankOf', { rank: standing.rank, total: formatNumber(standing.total) }) : t('reportEliminated'),
  ].filter((x): x is string => x !== null);
  let interview: CandidateView['interview'] = null;
  if (evaluation?.invitedAt && request.competencies.length > 0) {
    const assessors = Object.keys(evaluation.panel ?? {});
    interview = {
      heading: `${t('reportInterview')} (${t('procInvitedOn', { date: formatDate(evaluation.invitedAt) })})`,
      assessors,
      rows: panelRatings(request, evaluation).map((row) => ({
        competency: request.competencies.find((c) => c.id === row.competencyId)?.name ?? row.competencyId,
        ratings: assessors.map((a) => (row.ratings[a] ? t(RATING_LABEL[row.ratings[a] as CompetencyRating]) : '—')),
        agreed: row.agreed ? `${t(RATING_LABEL[row.agreed])} (${t(row.source === 'unanimous' ? 'procAgreedFrom' : 'procAgreedSet')})` : '—',
      })),
    };
  }
  return {
    name: candidate.name,
    meta: meta.join(' · '),
    outcome: `${stageText(outcome.stage)} — ${resultText(outcome.result)}. ${outcomeSentences(outcome, facts).join(' ')}`,
    rows,
    interview,
  };
}

// The components below read their props once (plain identifiers in the markup compile to static
// inserts): a section is a snapshot, and 10 000 of them must not carry an effect per cell.
function CandidateSection(props: { view: CandidateView }) {
  const { name, meta, outcome, rows, interview } = props.view;
  return (
    <section class="report-candidate">
      <h3 translate="no">{name}</h3>
      <p class="report-meta" translate="no">{meta}</p>
      <p>
        <strong>{t('reportOutcome')}:</strong> {outcome}
      </p>
      <table class="report-table">
        <tbody>{rows.map((cells) => <ReportRow cells={cells} />)}</tbody>
      </table>
      {interview ? <InterviewTable interview={interview} /> : null}
    </section>
  );
}

function ReportRow(props: { cells: Row }) {
  const [code, value, note, userText] = props.cells;
  return (
    <tr>
      <th scope="row">{code}</th>
      <td>{value}</td>
      {userText ? <td translate="no">{note}</td> : <td>{note}</td>}
    </tr>
  );
}

function InterviewTable(props: { interview: NonNullable<CandidateView['interview']> }) {
  const { heading, assessors, rows } = props.interview;
  return (
    <table class="report-table">
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          {assessors.map((a) => <Cell head text={a} />)}
          <th scope="col">{t('procAgreed')}</th>
        </tr>
      </thead>
      <tbody>{rows.map((row) => <InterviewRow row={row} />)}</tbody>
    </table>
  );
}

function InterviewRow(props: { row: { competency: string; ratings: string[]; agreed: string } }) {
  const { competency, ratings, agreed } = props.row;
  return (
    <tr>
      <th scope="row" translate="no">{competency}</th>
      {ratings.map((r) => <Cell text={r} />)}
      <td>{agreed}</td>
    </tr>
  );
}

function Cell(props: { text: string; head?: boolean }) {
  const { text, head } = props;
  return head ? <th scope="col" translate="no">{text}</th> : <td>{text}</td>;
}
