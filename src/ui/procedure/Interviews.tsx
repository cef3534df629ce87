// Step 4 (PRODUCT §3.12): per invited candidate the panel — every assessor's rating of every
// competency, the agreed rating (derived where they agree, to be recorded where they differ, the
// differences marked) and the verdict. When everyone invited failed, step 3's next proposal shows.
// A request scored independently (PRODUCT §12) shows this device's assessor their own column to
// edit, their drafts until they mark them done, and the others' ratings only once those are done.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { panelRatings, panelVerdict, type CompetencyRating, type InputError, type MatrixEdit } from '../../core';
import { markPanelDone, rateOwn } from '../../db/own-ratings';
import { storageError } from '../../db/storage-errors';
import { useApp } from '../app-context';
import { t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { submitField } from '../submit-field';
import { createOwnPanel, type OwnPanel } from './own-panel';
import { nameOf, type ProcedureData } from './procedure-data';

const RATINGS: CompetencyRating[] = ['onvoldoende', 'voldoende', 'goed'];
const RATING_LABEL: Record<CompetencyRating, keyof Dict> = { onvoldoende: 'detailsOnvoldoende', voldoende: 'detailsVoldoende', goed: 'detailsGoed' };

type Write = (edits: MatrixEdit[]) => Promise<boolean>;

export function Interviews(props: { data: ProcedureData; write: Write; onRefused: (errors: InputError[]) => void }) {
  const app = useApp();
  const request = () => props.data.request;
  const own = createOwnPanel(app.db, request);
  // Draft ratings are written in order, and "done" waits for the last of them.
  let drafting: Promise<void> = Promise.resolve();
  const draft = (candidateId: string, competencyId: string, value: CompetencyRating | null) => {
    const me = own()?.me;
    if (!me) return;
    drafting = drafting.then(() => rateOwn(app.db, request().id, candidateId, me, competencyId, value)).catch((error: unknown) => props.onRefused([storageError(error)]));
  };
  async function done(me: string) {
    if (!window.confirm(t('procMarkPanelDoneConfirm'))) return;
    await drafting;
    const result = await markPanelDone(app.db, request().id, me);
    if (!result.ok) props.onRefused(result.errors);
  }
  // Invited candidates in the order of the client's round (those who left the shortlist after it last).
  const invited = createMemo(() => {
    const order = new Map(props.data.overview.clientRanking.map((r, i) => [r.candidateId, i]));
    return props.data.candidates
      .filter((c) => !!props.data.evaluationOf.get(c.id)?.invitedAt)
      .map((c) => c.id)
      .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  });
  // The panel of this request: everyone who rated (or was added for) anyone invited.
  const assessors = createMemo(() => {
    const names = new Set<string>();
    for (const id of invited()) for (const name of Object.keys(props.data.evaluationOf.get(id)?.panel ?? {})) names.add(name);
    // Scored independently, this person's own column is there before their first rating.
    const me = own()?.me;
    if (me) names.add(me);
    return [...names];
  });
  const [newName, setNewName] = createSignal('');
  /** Adds an assessor to every invited candidate's panel (an empty entry, which their ratings fill). */
  async function addAssessor(event: Event) {
    event.preventDefault();
    const first = request().competencies[0];
    if (!first) return;
    await submitField(newName, setNewName, (name) =>
      props.write(invited().map((candidateId): MatrixEdit => ({ kind: 'panelRating', candidateId, assessor: name, competencyId: first.id, value: null }))),
    );
  }

  return (
    <div class="proc-step">
      <header class="proc-head">
        <h2>{t('procInterviewsTitle')}</h2>
        <p class="muted">{t('procInterviewsIntro')}</p>
      </header>
      <Show when={own()}>
        {(mine) => (
          <div class="proc-own" role="status">
            <p>{t(mine().done ? 'procMyRatingsDone' : 'procMyRatings', { assessor: mine().me })}</p>
            <Show when={!mine().done && invited().length > 0 && request().competencies.length > 0}>
              <button type="button" class="primary" onClick={() => void done(mine().me)}>{t('procMarkPanelDone')}</button>
            </Show>
          </div>
        )}
      </Show>
      <Show when={own() !== undefined && request().competencies.length > 0} fallback={<p class="muted">{t(own() === undefined ? 'procLoading' : 'procNoCompetencies')}</p>}>
        <Show when={invited().length > 0} fallback={<p class="muted">{t('procNobodyInvited')}</p>}>
          <form class="inline-form proc-assessor" onSubmit={(e) => void addAssessor(e)}>
            <label for="proc-new-assessor">{t('procAssessors')}</label>
            <input id="proc-new-assessor" placeholder={t('procAssessorName')} value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} />
            <button type="submit" disabled={newName().trim() === ''}>{t('procAddAssessor')}</button>
          </form>
          <For each={invited()}>{(id) => <PanelCard data={props.data} candidateId={id} assessors={assessors()} own={own() ?? null} write={props.write} draft={draft} />}</For>
        </Show>
      </Show>
    </div>
  );
}

function PanelCard(props: {
  data: ProcedureData;
  candidateId: string;
  assessors: string[];
  own: OwnPanel | null;
  write: Write;
  draft: (candidateId: string, competencyId: string, value: CompetencyRating | null) => void;
}) {
  const request = () => props.data.request;
  const evaluation = () => props.data.evaluationOf.get(props.candidateId);
  const name = () => nameOf(props.data, props.candidateId);
  const rows = createMemo(() => panelRatings(request(), evaluation()));
  const verdict = createMemo(() => panelVerdict(request(), evaluation()));
  const left = () => props.data.overview.invitedOffShortlist.includes(props.candidateId);
  const own = () => Object.keys(evaluation()?.panel ?? {});
  const headingId = `proc-panel-${props.candidateId}`;
  const rate = (assessor: string, competencyId: string, text: string) => {
    const value = text === '' ? null : (text as CompetencyRating);
    // This person's own ratings are drafts until they are done with the interviews.
    if (props.own && assessor === props.own.me && !props.own.done) props.draft(props.candidateId, competencyId, value);
    else void props.write([{ kind: 'panelRating', candidateId: props.candidateId, assessor, competencyId, value }]);
  };
  /** Scored independently, only this person's own column is theirs to edit; else every column is. */
  const editable = (assessor: string) => !props.own || assessor === props.own.me;
  /** What a column shows: a draft for this person's own while not done, else the shared rating. */
  const shown = (assessor: string, competencyId: string, shared: CompetencyRating | undefined) =>
    props.own && assessor === props.own.me && !props.own.done ? props.own.drafts.get(props.candidateId)?.[competencyId] : shared;
  /** Another assessor's rating not shared yet is hidden; one who is done and gave none gave none. */
  const othersText = (assessor: string, shared: CompetencyRating | undefined) =>
    shared ? t(RATING_LABEL[shared]) : props.own?.doneBy.has(assessor) ? t('procRatingNone') : t('procRatingHidden');
  const agree = (competencyId: string, value: string) =>
    void props.write([{ kind: 'competency', candidateId: props.candidateId, competencyId, value: value === '' ? null : (value as CompetencyRating) }]);
  const verdictText = () => (left() ? t('procVerdictLeft') : t(verdict().verdict === 'pass' ? 'procVerdictPass' : verdict().verdict === 'fail' ? 'procVerdictFail' : 'procVerdictPending'));

  return (
    <section class="proc-card" aria-labelledby={headingId}>
      <div class="proc-card-head">
        <h3 id={headingId} translate="no">{name()}</h3>
        <p class="proc-verdict" classList={{ pass: verdict().verdict === 'pass' && !left(), fail: verdict().verdict === 'fail' || left() }} role="status">{verdictText()}</p>
      </div>
      <Show when={own().length < 2}>
        <p class="warning">{t('procFewAssessors')}</p>
      </Show>
      <table class="proc-panel-table">
        <thead>
          <tr>
            <th scope="col">{t('procCompetency')}</th>
            <For each={props.assessors}>{(assessor) => <th scope="col" translate="no">{assessor}</th>}</For>
            <th scope="col">{t('procAgreed')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(row) => {
              const competency = () => request().competencies.find((c) => c.id === row.competencyId);
              return (
                <tr classList={{ differ: row.differ }}>
                  <th scope="row" title={competency()?.description ?? ''} translate="no">{competency()?.name}</th>
                  <For each={props.assessors}>
                    {(assessor) => (
                      <td>
                        <Show when={editable(assessor)} fallback={<span class="proc-other" classList={{ muted: !row.ratings[assessor] }}>{othersText(assessor, row.ratings[assessor])}</span>}>
                          <select
                            aria-label={t('procRatingOf', { assessor, competency: competency()?.name ?? '', name: name() })}
                            value={shown(assessor, row.competencyId, row.ratings[assessor]) ?? ''}
                            onChange={(e) => rate(assessor, row.competencyId, e.currentTarget.value)}
                          >
                            <option value="">{t('procRatingNone')}</option>
                            <For each={RATINGS}>{(r) => <option value={r}>{t(RATING_LABEL[r])}</option>}</For>
                          </select>
                        </Show>
                      </td>
                    )}
                  </For>
                  <td class="proc-agreed">
                    <select aria-label={t('procAgreedOf', { competency: competency()?.name ?? '', name: name() })} value={row.source === 'recorded' ? (row.agreed ?? '') : ''} onChange={(e) => agree(row.competencyId, e.currentTarget.value)}>
                      <option value="">{row.source === 'unanimous' && row.agreed ? `${t(RATING_LABEL[row.agreed])} (${t('procAgreedFrom')})` : t('procRatingNone')}</option>
                      <For each={RATINGS}>{(r) => <option value={r}>{t(RATING_LABEL[r])}</option>}</For>
                    </select>
                    <Show when={row.differ && row.source !== 'recorded'}>
                      <span class="proc-differ">{t('procDiffer')}</span>
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </section>
  );
}
