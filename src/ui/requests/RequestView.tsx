// The open request: its header and the four tabs (Matrix, Criteria, Import, Export).
import { For, Match, Show, Switch, lazy, type JSX } from 'solid-js';
import type { StoredRequest } from '../../db/schema';
import { loadTexts, t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { RequestHeader } from './RequestHeader';

// Each tab loads when first shown, so the first screen carries only what it shows: the matrix
// with AG Grid, most of the bundle; the procedure, which has a grid of its own; the criteria
// editor; the import and export with the CSV reader and writer.
// Each comes with the texts beyond the app frame's (loadTexts).
const withTexts = <T,>(module: Promise<T>) => Promise.all([module, loadTexts()]).then(([m]) => m);
const MatrixTab = lazy(() => withTexts(import('../matrix/MatrixTab')));
const ProcedureTab = lazy(() => withTexts(import('../procedure/ProcedureTab')));
const CriteriaTab = lazy(() => withTexts(import('../criteria/CriteriaTab')).then((m) => ({ default: m.CriteriaTab })));
const ImportTab = lazy(() => withTexts(import('../transfer/ImportTab')).then((m) => ({ default: m.ImportTab })));
const ExportTab = lazy(() => withTexts(import('../transfer/ExportTab')).then((m) => ({ default: m.ExportTab })));

export type TabId = 'matrix' | 'criteria' | 'procedure' | 'import' | 'export';
const TABS: { id: TabId; label: keyof Dict }[] = [
  { id: 'matrix', label: 'tabMatrix' },
  { id: 'criteria', label: 'tabCriteria' },
  { id: 'procedure', label: 'tabProcedure' },
  { id: 'import', label: 'tabImport' },
  { id: 'export', label: 'tabExport' },
];

export function RequestView(props: { request: StoredRequest; sample?: boolean; candidateCount: number; tab: TabId; onTab: (tab: TabId) => void; actions?: JSX.Element }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === props.tab);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length]!;
    props.onTab(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <RequestHeader request={props.request} sample={props.sample ?? false} candidateCount={props.candidateCount} />
      {/* The request's own actions stand at the end of the tab row, where they take no height. */}
      <div class="tabs-row">
        <div class="tabs" role="tablist" aria-label={props.request.title} onKeyDown={onKeyDown}>
          <For each={TABS}>
            {(tab) => (
              <button
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                aria-selected={props.tab === tab.id}
                aria-controls={`panel-${tab.id}`}
                tabIndex={props.tab === tab.id ? 0 : -1}
                onClick={() => props.onTab(tab.id)}
              >
                {t(tab.label)}
              </button>
            )}
          </For>
        </div>
        {props.actions}
      </div>
      {/* The matrix fills the rest of the screen (its grid scrolls); the other tabs scroll the page. */}
      <section class="tab-panel" classList={{ fill: props.tab === 'matrix' }} role="tabpanel" id={`panel-${props.tab}`} aria-labelledby={`tab-${props.tab}`}>
        <Switch>
          <Match when={props.tab === 'matrix'}>
            {/* One matrix per request: its working copy and undo history belong to that request. */}
            <Show when={props.request.id} keyed>
              {(_id: string) => <MatrixTab request={props.request} />}
            </Show>
          </Match>
          <Match when={props.tab === 'criteria'}>
            <CriteriaTab request={props.request} />
          </Match>
          <Match when={props.tab === 'procedure'}>
            <Show when={props.request.id} keyed>
              {(_id: string) => <ProcedureTab request={props.request} />}
            </Show>
          </Match>
          <Match when={props.tab === 'import'}>
            <Show when={props.request.id} keyed>
              {(_id: string) => <ImportTab request={props.request} />}
            </Show>
          </Match>
          <Match when={props.tab === 'export'}>
            <ExportTab request={props.request} />
          </Match>
        </Switch>
      </section>
    </>
  );
}
