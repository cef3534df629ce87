// The side panel of one candidate: evidence per criterion, the interview ratings, the actions on
// the person (taking them off the request, erasing them; passed in as children), and the change
// log of this candidate on this request (who changed what, when, old → new).
import { For, Show, createResource, type JSX } from 'solid-js';
import type { ChangeRecord, CompetencyRating, MatrixEdit, Request } from '../../core';
import { dismissMark } from '../../db/marks';
import type { ConflictMark } from '../../db/schema';
import { deviceId } from '../../db/device';
import { listChanges } from '../../db/repository';
import { useApp } from '../app-context';
import { formatDateTime, t } from '../i18n';
import { createLive } from '../live';
import { changeTarget, changeValue, conflictField } from './change-text';
import { otherValue } from './marks';
import type { MatrixRow } from './rows';

const RATINGS: CompetencyRating[] = ['onvoldoende', 'voldoende', 'goed'];
const RATING_LABEL = { onvoldoende: 'detailsOnvoldoende', voldoende: 'detailsVoldoende', goed: 'detailsGoed' } as const;

export function CandidateDetails(props: { request: Request; row: MatrixRow; marks?: ConflictMark[]; onEdit: (edit: MatrixEdit) => void; onClose: () => void; children?: JSX.Element }) {
  const app = useApp();
  const verdictLabel = () => {
    const v = props.row.interview.verdict;
    return t(v === 'pass' ? 'interviewPass' : v === 'fail' ? 'interviewFail' : 'interviewPending');
  };
  return (
    <aside class="details" aria-label={t('detailsTitle', { name: props.row.candidate.name })}>
      <div class="details-head">
        <h2>{t('detailsTitle', { name: props.row.candidate.name })}</h2>
        <button type="button" onClick={() => props.onClose()}>{t('detailsClose')}</button>
      </div>
      <Show when={props.request.criteria.length > 0}>
        <h3>{t('detailsEvidence')}</h3>
        <For each={props.request.criteria}>
          {(criterion, i) => (
            <label class="note-field">
              <span title={criterion.text}>
                G{i() + 1} · <span translate="no">{criterion.text}</span>
              </span>
              <textarea
                rows={2}
                aria-label={t('detailsNoteFor', { code: `G${i() + 1}` })}
                value={props.row.evaluation?.notes?.[criterion.id] ?? ''}
                onChange={(e) => props.onEdit({ kind: 'note', candidateId: props.row.id, criterionId: criterion.id, value: e.currentTarget.value })}
              />
            </label>
          )}
        </For>
      </Show>
      <Show when={props.request.competencies.length > 0}>
        <h3>{t('detailsInterview')}</h3>
        <For each={props.request.competencies}>
          {(competency) => (
            <label class="rating-field">
              <span title={competency.description ?? ''} translate="no">{competency.name}</span>
              <select
                aria-label={t('detailsRatingFor', { name: competency.name })}
                value={props.row.evaluation?.competencies?.[competency.id] ?? ''}
                onChange={(e) =>
                  props.onEdit({
                    kind: 'competency',
                    candidateId: props.row.id,
                    competencyId: competency.id,
                    value: e.currentTarget.value === '' ? null : (e.currentTarget.value as CompetencyRating),
                  })
                }
              >
                <option value="">{t('detailsRatingNone')}</option>
                <For each={RATINGS}>{(r) => <option value={r}>{t(RATING_LABEL[r])}</option>}</For>
              </select>
            </label>
          )}
        </For>
        <p class="verdict" classList={{ fail: props.row.interview.verdict === 'fail', pass: props.row.interview.verdict === 'pass' }} role="status">
          {t('detailsVerdict', { verdict: verdictLabel() })}
        </p>
      </Show>
      <Show when={(props.marks ?? []).length > 0}>
        <h3>{t('marksHeading')}</h3>
        <ul class="marks-list">
          <For each={props.marks}>
            {(mark) => {
              const field = () => conflictField(mark.path, props.request);
              return (
                <li>
                  <span>{t('changeConflict', { path: field() })}: {changeValue(conflictRecord(mark), otherValue(mark.other))}</span>
                  <span class="muted">{formatDateTime(mark.otherAt)}</span>
                  <button type="button" aria-label={t('markSeenLabel', { field: field() })} onClick={() => void dismissMark(app.db, mark.id)}>
                    {t('markSeen')}
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <Show when={props.children}>
        <div class="details-actions">{props.children}</div>
      </Show>
      <ChangeLog request={props.request} candidateId={props.row.id} />
    </aside>
  );
}

/** The change log of one candidate on the request, newest first (read live: another tab's edits show too). */
function ChangeLog(props: { request: Request; candidateId: string }) {
  const app = useApp();
  const changes = createLive(() => props.candidateId, (id) => listChanges(app.db, props.request.id, id));
  // Not a live query: the id is made (written) on first use, and a live query may only read. It never changes.
  const [device] = createResource(() => deviceId(app.db).catch(() => undefined));
  return (
    <>
      <h3>{t('detailsChanges')}</h3>
      <Show when={(changes() ?? []).length > 0} fallback={<p class="muted">{t('detailsNoChanges')}</p>}>
        <ol class="change-log">
          <For each={(changes() ?? []).slice(0, 50)}>
            {(change) => (
              <li>
                <span>{t('detailsChangeLine', { target: changeTarget(change, props.request), old: changeValue(change, change.old), new: changeValue(change, change.new) })}</span>
                <span class="muted">
                  {t('detailsChangeWho', {
                    when: formatDateTime(change.at),
                    device: change.assessor ?? (change.device === device() ? t('detailsThisDevice') : t('detailsOtherDevice', { id: change.device.slice(0, 6) })),
                  })}
                </span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </>
  );
}

/** A mark read as the conflict change it records, so its value is worded the same way. */
function conflictRecord(mark: ConflictMark): ChangeRecord {
  return { id: mark.id, at: mark.at, device: mark.otherDevice, requestId: mark.requestId ?? '', kind: 'conflict', target: mark.path, old: null, new: null };
}
