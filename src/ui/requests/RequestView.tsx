// The open request: its header and its tabs (Matrix, Consensus when scored independently,
// Criteria, Procedure, Import, Export).
import { For, Match, Show, Switch, createSignal, lazy, onMount, type JSX } from 'solid-js';
import { readMatrixAhead } from '../../db/matrix-ahead';
import type { StoredRequest } from '../../db/schema';
import { afterNextPaint } from '../after-paint';
import { useApp } from '../app-context';
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
const ConsensusTab = lazy(() => withTexts(import('../team/ConsensusTab')));
// Why a request deleted elsewhere is here again (team mode); looked up once the first screen is up.
const RestoredNotice = lazy(() => withTexts(import('./RestoredNotice')));

export type TabId = 'matrix' | 'consensus' | 'criteria' | 'procedure' | 'import' | 'export';
const TABS: { id: TabId; label: keyof Dict }[] = [
  { id: 'matrix', label: 'tabMatrix' },
  { id: 'consensus', label: 'teamTabConsensus' },
  { id: 'criteria', label: 'tabCriteria' },
  { id: 'procedure', label: 'tabProcedure' },
  { id: 'import', label: 'tabImport' },
  { id: 'export', label: 'tabExport' },
];

export function RequestView(props: { request: StoredRequest; sample?: boolean; candidateCount: number; tab: TabId; onTab: (tab: TabId) => void; actions?: JSX.Element }) {
  // The consensus view is there only for a request scored independently.
  const app = useApp();
  const tabs = () => TABS.filter((tab) => tab.id !== 'consensus' || props.request.independentScoring === true);
  const shown = (): TabId => (tabs().some((tab) => tab.id === props.tab) ? props.tab : 'matrix');
  const onKeyDown = (event: KeyboardEvent) => {
    const list = tabs();
    const index = list.findIndex((tab) => tab.id === shown());
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? list.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const tab = list[(next + list.length) % list.length]!;
    props.onTab(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  };
  const [settled, setSettled] = createSignal(false);
  onMount(() => void afterNextPaint().then(() => setSettled(true)));
  return (
    <>
      <RequestHeader request={props.request} sample={props.sample ?? false} candidateCount={props.candidateCount} />
      <Show when={settled()}>
        <RestoredNotice request={props.request} />
      </Show>
      {/* The request's own actions stand at the end of the tab row, where they take no height. */}
      <div class="tabs-row">
        <div class="tabs" role="tablist" aria-label={props.request.title} onKeyDown={onKeyDown}>
          <For each={tabs()}>
            {(tab) => (
              <button
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                aria-selected={shown() === tab.id}
                aria-controls={`panel-${tab.id}`}
                tabIndex={shown() === tab.id ? 0 : -1}
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
      <section class="tab-panel" classList={{ fill: shown() === 'matrix' || shown() === 'consensus' }} role="tabpanel" id={`panel-${shown()}`} aria-labelledby={`tab-${shown()}`}>
        <Switch>
          <Match when={shown() === 'matrix'}>
            {/* One matrix per request: its working copy and undo history belong to that request. */}
            <Show when={props.request.id} keyed>
              {(id: string) => {
                // Its records are read while its code loads (the agreed scores; an assessor's own
                // sheet is read by the tab).
                if (props.request.independentScoring !== true) readMatrixAhead(app.db, id);
                return <MatrixTab request={props.request} />;
              }}
            </Show>
          </Match>
          <Match when={shown() === 'consensus'}>
            <Show when={props.request.id} keyed>
              {(_id: string) => <ConsensusTab request={props.request} />}
            </Show>
          </Match>
          <Match when={shown() === 'criteria'}>
            <CriteriaTab request={props.request} />
          </Match>
          <Match when={shown() === 'procedure'}>
            <Show when={props.request.id} keyed>
              {(_id: string) => <ProcedureTab request={props.request} />}
            </Show>
          </Match>
          <Match when={shown() === 'import'}>
            <Show when={props.request.id} keyed>
              {(_id: string) => <ImportTab request={props.request} />}
            </Show>
          </Match>
          <Match when={shown() === 'export'}>
            <ExportTab request={props.request} />
          </Match>
        </Switch>
      </section>
    </>
  );
}
