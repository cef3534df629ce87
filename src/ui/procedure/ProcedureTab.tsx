// The procedure after the shortlist (PRODUCT §3.10–3.13): the client's round, the interviews, the
// award and everyone's outcome, each a step of its own. The facts come from the database as they
// are stored; everything shown beside them (client ranks, proposals, verdicts, outcomes) is derived
// by the core in one reading (procedureOverview), again whenever a fact changes.
// At 10 000 candidates reading and ranking everyone costs most of a second, so the tab keeps the
// matrix's working copy (read once, then only the people a write touched) and its live ranking
// (only those people move), and hands the core those standings instead of ranking again.
import { For, Match, Show, Switch, createMemo, createSignal, lazy } from 'solid-js';
import { procedureOverview, type Evaluation, type InputError, type MatrixEdit } from '../../core';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { t } from '../i18n';
import { errorText } from '../i18n/errors';
import type { Dict } from '../i18n/nl';
import { createMatrixState } from '../matrix/matrix-state';
import { MatrixModel } from '../matrix/rows';
import { NoticePanel, type Notice } from '../NoticePanel';
import { AwardStep } from './AwardStep';
import { ClientRound } from './ClientRound';
import { Interviews } from './Interviews';
import { Outcomes } from './Outcomes';
import type { ProcedureData } from './procedure-data';
import './procedure.css';

// The print view is only needed when asked for.
const Report = lazy(() => import('./Report'));

type Step = 'client' | 'interviews' | 'award' | 'outcomes';
const STEPS: { id: Step; label: keyof Dict }[] = [
  { id: 'client', label: 'procStepClient' },
  { id: 'interviews', label: 'procStepInterviews' },
  { id: 'award', label: 'procStepAward' },
  { id: 'outcomes', label: 'procStepOutcomes' },
];

export default function ProcedureTab(props: { request: StoredRequest }) {
  const app = useApp();
  const [notice, setNotice] = createSignal<Notice | null>(null);
  /** Counts the refusals said, so a write that began before one does not clear it when it lands. */
  let refusals = 0;
  const refused = (errors: InputError[]) => {
    refusals++;
    setNotice({ kind: 'error', text: t('procRefused'), details: errors.map(errorText) });
  };
  const state = createMatrixState(app.db, () => props.request, refused);
  const model = new MatrixModel();
  const data = createMemo((): ProcedureData | undefined => {
    const revision = state.revision();
    if (!state.loaded()) return undefined;
    const request = props.request;
    const candidates = state.candidates();
    const view = model.update(request, candidates, state.evaluationOf, revision);
    const evaluationOf = new Map<string, Evaluation>();
    for (const c of candidates) {
      const e = state.evaluationOf(c.id);
      if (e) evaluationOf.set(c.id, e);
    }
    const standings = view.standings();
    const overview = procedureOverview(request, candidates, [...evaluationOf.values()], request.award, { standings });
    return {
      request,
      candidates,
      candidateOf: state.candidateById(),
      evaluationOf,
      standingOf: new Map(standings.map((s) => [s.candidateId, s])),
      overview,
    };
  });

  /**
   * Writes procedure edits through the matrix's edit path (core checks at once, then the database
   * with its change log and the shortlist checks); true once written, else says why.
   */
  async function write(edits: MatrixEdit[]): Promise<boolean> {
    const now = state.edit(edits);
    if (now.length > 0) {
      refused(now);
      return false;
    }
    const before = refusals;
    // A refusal by the database was reported as it came (and the working copy rolled back).
    if ((await state.settled()).length > 0) return false;
    // A write that went in takes away the message of an earlier refusal, but not of one said while
    // it was on its way (a score typed out of range right after a burst of good ones).
    if (refusals === before) setNotice(null);
    return true;
  }

  const [step, setStep] = createSignal<Step>('client');
  const [report, setReport] = createSignal(false);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = STEPS.findIndex((s) => s.id === step());
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = STEPS[(next + STEPS.length) % STEPS.length]!;
    setStep(target.id);
    document.getElementById(`proc-step-${target.id}`)?.focus();
  };

  return (
    <div class="procedure">
      <div class="proc-bar">
        <div class="proc-steps" role="tablist" aria-label={t('procSteps')} onKeyDown={onKeyDown}>
          <For each={STEPS}>
            {(s) => (
              <button
                type="button"
                role="tab"
                id={`proc-step-${s.id}`}
                aria-selected={step() === s.id}
                aria-controls={`proc-panel-${s.id}`}
                tabIndex={step() === s.id ? 0 : -1}
                onClick={() => setStep(s.id)}
              >
                {t(s.label)}
              </button>
            )}
          </For>
        </div>
        <button type="button" onClick={() => setReport(true)} aria-haspopup="dialog">{t('procReport')}</button>
      </div>
      <Show when={notice()}>{(n) => <NoticePanel notice={n()} onClose={() => setNotice(null)} />}</Show>
      <Show when={data()} fallback={<p class="muted">{t('procLoading')}</p>}>
        {(d) => (
          <section class="proc-panel" role="tabpanel" id={`proc-panel-${step()}`} aria-labelledby={`proc-step-${step()}`}>
            <Switch>
              <Match when={step() === 'client'}>
                <ClientRound data={d()} write={write} onRefused={refused} />
              </Match>
              <Match when={step() === 'interviews'}>
                <Interviews data={d()} write={write} onRefused={refused} />
              </Match>
              <Match when={step() === 'award'}>
                <AwardStep data={d()} onRefused={refused} onDone={() => setNotice(null)} />
              </Match>
              <Match when={step() === 'outcomes'}>
                <Outcomes data={d()} />
              </Match>
            </Switch>
          </section>
        )}
      </Show>
      <Show when={report() && data()}>{(d) => <Report data={d()} onClose={() => setReport(false)} />}</Show>
    </div>
  );
}
