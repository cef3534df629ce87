// The award (PRODUCT §3.13): to one (or `professionals`) of those who passed the interview, with its
// date and the objection period in days; the end date is derived and shown at once. The core checks
// it (checkAward); a refusal keeps what was stored. A stored award that later changes undermine is
// named, so nobody sends letters on a ground that moved.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { objectionEnd, panelVerdict, parseObjectionDays, professionalsOf, type InputError } from '../../core';
import { setAward } from '../../db/procedure';
import { storageError } from '../../db/storage-errors';
import { useApp } from '../app-context';
import { formatDate, locale, t } from '../i18n';
import { errorText } from '../i18n/errors';
import { nameOf, staleAward, today, type ProcedureData } from './procedure-data';

const DEFAULT_DAYS = '20';

export function AwardStep(props: { data: ProcedureData; onRefused: (errors: InputError[]) => void; onDone: () => void }) {
  const app = useApp();
  const request = () => props.data.request;
  const max = () => professionalsOf(request());
  // Who may be awarded: invited, still shortlisted, passed.
  const passed = createMemo(() =>
    props.data.overview.clientRanking
      .map((r) => r.candidateId)
      .filter((id) => props.data.evaluationOf.get(id)?.invitedAt && panelVerdict(request(), props.data.evaluationOf.get(id)).verdict === 'pass'),
  );
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [date, setDate] = createSignal(today());
  const [days, setDays] = createSignal(DEFAULT_DAYS);
  const end = () => {
    const read = parseObjectionDays(days(), locale());
    return read.ok ? objectionEnd(date(), read.value) : null;
  };
  const toggle = (id: string, on: boolean) => setChosen((all) => (on ? [...all.filter((x) => x !== id), id] : all.filter((x) => x !== id)));

  async function award() {
    const read = parseObjectionDays(days(), locale());
    if (!read.ok) return props.onRefused(read.errors);
    try {
      const result = await setAward(app.db, request().id, { awarded: chosen(), decidedAt: date(), objectionDays: read.value });
      if (!result.ok) return props.onRefused(result.errors);
      setChosen([]);
      props.onDone();
    } catch (error) {
      props.onRefused([storageError(error)]);
    }
  }
  async function withdraw() {
    if (!window.confirm(t('procAwardWithdrawConfirm'))) return;
    try {
      const result = await setAward(app.db, request().id, null);
      if (!result.ok) return props.onRefused(result.errors);
      props.onDone();
    } catch (error) {
      props.onRefused([storageError(error)]);
    }
  }
  // The stored award checked again against today's facts.
  const stale = createMemo(() => staleAward(props.data));

  return (
    <div class="proc-step">
      <header class="proc-head">
        <h2>{t('procAwardTitle')}</h2>
        <p class="muted">{t('procAwardIntro', { n: max() })}</p>
      </header>
      <Show
        when={request().award}
        fallback={
          <Show when={passed().length > 0} fallback={<p class="muted">{t('procAwardNobody')}</p>}>
            <form class="proc-award" onSubmit={(e) => (e.preventDefault(), void award())}>
              <fieldset>
                <legend>{t('procAwardTitle')}</legend>
                <For each={passed()}>
                  {(id) => (
                    <label class="proc-check">
                      <input type="checkbox" checked={chosen().includes(id)} aria-label={t('procAwardPick', { name: nameOf(props.data, id) })} onChange={(e) => toggle(id, e.currentTarget.checked)} />
                      <span translate="no">{nameOf(props.data, id)}</span>
                    </label>
                  )}
                </For>
              </fieldset>
              <div class="proc-fields">
                <label>
                  {t('procAwardDate')}
                  <input type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
                </label>
                <label>
                  {t('procAwardDays')}
                  <input inputMode="numeric" class="crit-number" value={days()} onInput={(e) => setDays(e.currentTarget.value)} />
                </label>
                <p class="muted" role="status">{end() ? t('procAwardEnd', { date: formatDate(end() ?? '') }) : ''}</p>
              </div>
              <button type="submit" class="primary">{t('procAward')}</button>
            </form>
          </Show>
        }
      >
        {(award) => (
          <div class="proc-box">
            <p class="proc-awarded">
              {t('procAwarded', { names: award().awarded.map((id) => nameOf(props.data, id)).join(', '), date: formatDate(award().decidedAt) })}{' '}
              <Show when={award().objectionUntil}>{t('procAwardedUntil', { date: formatDate(award().objectionUntil ?? '') })}</Show>
            </p>
            <Show when={stale().length > 0}>
              <p class="warning" role="status">{t('procAwardStale', { reason: stale().map(errorText).join(' ') })}</p>
            </Show>
            <button type="button" class="danger" onClick={() => void withdraw()}>{t('procAwardWithdraw')}</button>
          </div>
        )}
      </Show>
    </div>
  );
}
