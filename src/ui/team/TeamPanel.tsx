// The sidebar's team block (PRODUCT §12): "Verbinden met team" and its form when local only; the
// sync state in words, the changes waiting and "Verbinding verbreken" when connected.
import { For, Show, createSignal, onMount } from 'solid-js';
import { assessorName, teamSettings } from '../../db/team';
import type { TeamStatus } from '../../workers/sync-protocol';
import { useApp } from '../app-context';
import { t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { connectToTeam, disconnectFromTeam, type ConnectField, type ConnectForm, type ConnectOutcome } from './connect';
import { FIELD_LABEL, problemText, stateText } from './team-text';
import './team.css';

export function TeamPanel(props: { status: TeamStatus }) {
  const { db } = useApp();
  const [open, setOpen] = createSignal(false);
  const connected = () => props.status.state !== 'off';
  const disconnect = async () => {
    if (!window.confirm(t('teamDisconnectConfirm'))) return;
    await disconnectFromTeam(db);
  };
  const server = () => {
    try {
      return props.status.address ? new URL(props.status.address).host : '';
    } catch {
      return props.status.address ?? '';
    }
  };
  return (
    <section class="team-panel" aria-labelledby="team-heading">
      <h2 id="team-heading" class="sidebar-heading">{t('teamHeading')}</h2>
      <Show
        when={connected()}
        fallback={
          <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
            {t('teamConnect')}
          </button>
        }
      >
        <div class="team-state" role="status" aria-live="polite" data-state={props.status.state} classList={{ bad: props.status.state === 'failed' || props.status.state === 'signed-out', ok: props.status.state === 'in-sync' }}>
          <For each={stateText(props.status)}>{(line) => <p>{line}</p>}</For>
        </div>
        <Show when={props.status.user}>
          <p class="muted team-as" translate="no">{t('teamAs', { user: props.status.user ?? '', server: server() })}</p>
        </Show>
        <div class="team-actions">
          <Show when={props.status.state === 'signed-out' || props.status.state === 'failed'}>
            <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>{t('teamReconnect')}</button>
          </Show>
          <button type="button" onClick={() => void disconnect()}>{t('teamDisconnect')}</button>
        </div>
      </Show>
      <Show when={open()}>
        <ConnectDialog onClose={() => setOpen(false)} />
      </Show>
    </section>
  );
}

function ConnectDialog(props: { onClose: () => void }) {
  const { db } = useApp();
  let dialog!: HTMLDialogElement;
  const [form, setForm] = createSignal<ConnectForm>({ address: '', user: '', password: '', assessor: '' });
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<Extract<ConnectOutcome, { ok: false }> | null>(null);
  onMount(() => {
    dialog.showModal();
    // Connecting again: the address, user name and assessor name are known; only the password is asked.
    void (async () => {
      const [settings, assessor] = await Promise.all([teamSettings(db), assessorName(db)]);
      if (settings || assessor) setForm((f) => ({ ...f, address: settings?.address ?? f.address, user: settings?.user ?? f.user, assessor: assessor ?? f.assessor }));
      dialog.querySelector<HTMLInputElement>(settings ? '#team-password' : '#team-address')?.focus();
    })();
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await connectToTeam(db, form());
      if (outcome.ok) {
        dialog.close();
        return;
      }
      setFailure(outcome);
      queueMicrotask(() => dialog.querySelector<HTMLInputElement>(`#team-${outcome.field ?? 'address'}`)?.focus());
    } finally {
      setBusy(false);
    }
  };
  const field = (name: ConnectField, type: string, autocomplete: string, hint?: keyof Dict) => {
    const invalid = () => failure()?.field === name;
    return (
      <div class="team-field">
        <label for={`team-${name}`}>{t(FIELD_LABEL[name])}</label>
        <input
          id={`team-${name}`}
          type={type}
          autocomplete={autocomplete}
          spellcheck={false}
          value={form()[name]}
          aria-invalid={invalid() ? 'true' : undefined}
          aria-describedby={[hint ? `team-${name}-hint` : '', invalid() ? 'team-error' : ''].filter(Boolean).join(' ') || undefined}
          onInput={(e) => setForm((f) => ({ ...f, [name]: e.currentTarget.value }))}
        />
        <Show when={hint}>{(key) => <p id={`team-${name}-hint`} class="muted">{t(key())}</p>}</Show>
      </div>
    );
  };
  return (
    <dialog ref={dialog} class="team-dialog" aria-labelledby="team-dialog-title" onClose={() => props.onClose()}>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <h2 id="team-dialog-title">{t('teamConnectTitle')}</h2>
        <p class="muted">{t('teamConnectIntro')}</p>
        {field('address', 'url', 'url', 'teamAddressHint')}
        {field('user', 'text', 'username')}
        {field('password', 'password', 'current-password')}
        {field('assessor', 'text', 'name', 'teamAssessorHint')}
        <Show when={failure()}>
          {(f) => (
            <div id="team-error" class="error" role="alert">
              <p>{problemText(f())}</p>
              <p>{t('teamLocalIntact')}</p>
            </div>
          )}
        </Show>
        <div class="team-dialog-foot">
          <button type="button" onClick={() => dialog.close()}>{t('teamCancel')}</button>
          <button type="submit" class="primary" disabled={busy()}>{busy() ? t('teamConnecting') : t('teamConnectButton')}</button>
        </div>
      </form>
    </dialog>
  );
}
