// The app frame: requests on the left, the open request on the right, app-wide banners on top.
import { Show, createMemo, createSignal, lazy, onMount } from 'solid-js';
import { countCandidates, listRequests } from '../db/requests';
import { lastBackupAt } from '../db/last-backup';
import { sampleMarker } from '../db/sample';
import type { StaleOutcome } from '../db/open';
import type { ShortlistDb } from '../db/schema';
import type { PendingEdits } from './pending-edits';
import { registerServiceWorker, type UpdateHandle } from '../pwa/register';
import { AppContext, type AppContextValue } from './app-context';
import { loadTexts, locale, setLocale, t, type Locale } from './i18n';
import { createLive } from './live';
import { remembered } from './preferences';
import { errorText } from './i18n/errors';
import { storageError } from '../db/storage-errors';
import { RequestList } from './requests/RequestList';
import { RequestView, type TabId } from './requests/RequestView';
import { readRoute } from './route';
import { StaleBanner, UpdateBanner } from './shell/Banners';
import { BackupControls } from './shell/BackupControls';
import { SampleData } from './shell/SampleData';
import { StorageStatus } from './shell/StorageStatus';
import { TeamPanel } from './team/TeamPanel';
import { createTeamSync } from './team/team-client';

// The posting parser and its review form are loaded when first opened, not with the first screen.
const PastePosting = lazy(() => Promise.all([import('./posting/PastePosting'), loadTexts()]).then(([m]) => ({ default: m.PastePosting })));

export function App(props: { db: ShortlistDb; stale: () => StaleOutcome | null; pending: PendingEdits }) {
  const context: AppContextValue = {
    db: props.db,
    flushPendingEdits: () => props.pending.flush(),
    registerPendingEdits: (flush) => props.pending.register(flush),
  };

  const team = createTeamSync(props.db);
  const requests = createLive(() => 0, () => listRequests(props.db));
  const lastBackup = createLive(() => 0, () => lastBackupAt(props.db));
  // Which requests are sample data; the marker alone, so an edit never costs a query here.
  const sample = createLive(() => 0, () => sampleMarker(props.db));
  const sampleRequests = createMemo(() => new Set(sample()?.requestIds ?? []));
  const hasSample = () => (sample()?.candidateIds.length ?? 0) > 0 || (requests() ?? []).some((r) => sampleRequests().has(r.id));
  const initial = readRoute(location.hash);
  const [selectedId, setSelectedId] = createSignal<string | null>(initial.id);
  const [tab, setTab] = createSignal<TabId>(initial.tab);
  const selected = createMemo(() => {
    const all = requests() ?? [];
    return all.find((r) => r.id === selectedId()) ?? all[0] ?? null;
  });
  const candidateCount = createLive(
    () => selected()?.id,
    (id) => (id ? countCandidates(props.db, id) : Promise.resolve(0)),
  );

  const select = (id: string, nextTab: TabId = tab()) => {
    setSelectedId(id);
    setTab(nextTab);
    history.replaceState(null, '', `#/r/${encodeURIComponent(id)}/${nextTab}`);
  };
  const [actionError, setActionError] = createSignal<string | null>(null);
  const [actionDone, setActionDone] = createSignal<string | null>(null);
  const [pasting, setPasting] = createSignal(false);
  /** Runs a write of the sidebar or header; a refusal of the browser (a full disk) is said in words. */
  async function attempt(write: () => Promise<void>) {
    setActionError(null);
    setActionDone(null);
    try {
      // The words of a refusal are beyond the app frame's texts (loaded at start; a write never
      // waits for more than that, and never fails for want of them).
      await loadTexts().catch(() => undefined);
      await write();
    } catch (error) {
      setActionError(errorText(storageError(error)));
    }
  }
  // The writes' code (and the core's checks in it) loads with the first write, not the first screen.
  const writes = () => import('../db/request-writes');
  const newRequest = () => attempt(async () => {
    const { createRequest } = await writes();
    const result = await createRequest(props.db, {
      title: t('newRequestTitle'),
      shortlistSize: 5,
      tieBreak: 'lowest-rate',
      knockOuts: [],
      criteria: [],
      competencies: [],
    });
    if (result.ok) select(result.value.id, 'criteria');
    else setActionError(result.errors.map(errorText).join(' '));
  });
  const duplicate = () => attempt(async () => {
    const current = selected();
    if (!current) return;
    const { duplicateRequest } = await writes();
    const result = await duplicateRequest(props.db, current.id, t('copySuffix'));
    if (result.ok) select(result.value.id, 'criteria');
    else setActionError(result.errors.map(errorText).join(' '));
  });
  const remove = () => attempt(async () => {
    const current = selected();
    if (!current || !window.confirm(t('deleteRequestConfirm', { title: current.title, n: candidateCount() ?? 0 }))) return;
    const { deleteRequest } = await writes();
    await deleteRequest(props.db, current.id);
    setSelectedId(null);
  });

  // Folded to a narrow strip, the sidebar gives the matrix the width of a laptop screen.
  const [sidebar, setSidebar] = remembered('shortlist.sidebar', ['open', 'folded'], () => 'open');
  const folded = () => sidebar() === 'folded';

  const [update, setUpdate] = createSignal<UpdateHandle | null>(null);
  onMount(() => {
    void registerServiceWorker(
      (handle) => setUpdate(() => handle),
      () => document.body.setAttribute('data-offline-ready', 'true'),
    );
  });
  const applyUpdate = async () => {
    await context.flushPendingEdits();
    update()?.apply();
  };

  return (
    <AppContext.Provider value={context}>
      <UpdateBanner update={update()} onApply={() => void applyUpdate()} onDismiss={() => setUpdate(null)} />
      <StaleBanner stale={props.stale()} />
      <div class="layout" classList={{ 'sidebar-folded': folded() }}>
        <aside class="sidebar">
          <div class="brand">
            <img src="/icons/icon.svg" alt="" width="28" height="28" />
            <span class="brand-name">{t('appName')}</span>
            <button
              type="button"
              class="sidebar-toggle"
              aria-label={t('sidebarToggle')}
              aria-expanded={!folded()}
              aria-controls="sidebar-content"
              title={folded() ? t('sidebarExpand') : t('sidebarCollapse')}
              onClick={() => setSidebar(folded() ? 'open' : 'folded')}
            >
              <span aria-hidden="true">{folded() ? '»' : '«'}</span>
            </button>
          </div>
          <div id="sidebar-content" class="sidebar-content" hidden={folded()}>
            <div class="sidebar-actions">
              <button type="button" class="primary" onClick={() => void newRequest()}>{t('newRequest')}</button>
              <button type="button" aria-haspopup="dialog" onClick={() => setPasting(true)}>{t('pastePosting')}</button>
            </div>
            <Show when={actionError()}>
              <p class="error" role="alert">{actionError()}</p>
            </Show>
            <h2 class="sidebar-heading">{t('requests')}</h2>
            <Show when={requests()} fallback={<p class="muted">{t('loading')}</p>}>
              <RequestList requests={requests() ?? []} selectedId={selected()?.id ?? null} onSelect={select} isSample={(id) => sampleRequests().has(id)} />
            </Show>
            <Show when={hasSample()}>
              <SampleData
                attempt={attempt}
                onRemoved={(text) => {
                  setSelectedId(null);
                  setActionDone(text);
                }}
              />
            </Show>
            <Show when={actionDone()}>
              <p class="done" role="status">{actionDone()}</p>
            </Show>
            <div class="sidebar-footer">
              <TeamPanel status={team.status()} />
              <StorageStatus lastBackupAt={lastBackup()} />
              <BackupControls />
              <label class="language">
                {t('language')}
                <select value={locale()} onChange={(e) => setLocale(e.currentTarget.value as Locale)} aria-label={t('language')}>
                  {/* Each language in its own words, so it is found by whoever reads it; lang says so. */}
                  <option value="nl" lang="nl">Nederlands</option>
                  <option value="en" lang="en">English</option>
                </select>
              </label>
            </div>
          </div>
        </aside>
        <main class="main">
          <Show when={selected()} fallback={<p class="muted">{t('selectRequest')}</p>}>
            {(request) => (
              <RequestView
                request={request()}
                sample={sampleRequests().has(request().id)}
                candidateCount={candidateCount() ?? 0}
                tab={tab()}
                onTab={(next) => select(request().id, next)}
                actions={
                  <div class="request-actions">
                    <button type="button" onClick={() => void duplicate()}>{t('duplicateRequest')}</button>
                    <button type="button" class="danger" onClick={() => void remove()}>{t('deleteRequest')}</button>
                  </div>
                }
              />
            )}
          </Show>
        </main>
      </div>
      <Show when={pasting()}>
        <PastePosting requests={requests() ?? []} onClose={() => setPasting(false)} onSaved={(id) => select(id, 'matrix')} />
      </Show>
    </AppContext.Provider>
  );
}

