// The Import tab: choose, drop or paste a CSV; see a preview of what was read (new rows with their
// values, updates old → new, unlikely values flagged, errors, what becomes of each column and what
// an unmapped column looks like); choose what happens to rows with unreadable cells; correct the
// mapping; import in one transaction; undo the last one.
import { For, Show, createMemo, createSignal, onCleanup, untrack } from 'solid-js';
import { type ColumnMapping, type MappingOverride, type MappingTarget, type PartialChoice, type PlannedRow, type Request } from '../../core';
import { lastImport, undoLastImport } from '../../db/imports';
import { rememberMapping, rememberedMapping } from '../../db/settings';
import type { StoredRequest } from '../../db/schema';
import type { FromWorker, PreviewSummary, ToWorker } from '../../workers/import-protocol';
import { useApp } from '../app-context';
import { formatDateTime, formatNumber, t } from '../i18n';
import { NoticePanel, type Notice } from '../NoticePanel';
import { errorText } from '../i18n/errors';
import { changeText, columnNote, fieldValue, knockOutText, targetText, warningText } from './mapping-text';
import { createLive } from '../live';
import './transfer.css';

type Phase = 'idle' | 'read' | 'parse' | 'plan' | 'write';
const PHASE_LABEL = { read: 'importReading', parse: 'importParsing', plan: 'importPlanning', write: 'importWriting' } as const;

export function ImportTab(props: { request: StoredRequest }) {
  const app = useApp();
  const [phase, setPhase] = createSignal<Phase>('idle');
  const [progress, setProgress] = createSignal(0);
  const [summary, setSummary] = createSignal<PreviewSummary | null>(null);
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const [pasted, setPasted] = createSignal('');
  // The choice for rows with unreadable cells, kept when the mapping changes; a new file resets it.
  const [partialChoice, setPartialChoice] = createSignal<PartialChoice | null>(null);
  const last = createLive(() => props.request.id, (id) => lastImport(app.db, id));
  let worker: Worker | null = null;
  let file: { blob: Blob; name: string } | null = null;

  onCleanup(() => worker?.terminate());

  function startWorker(): Worker {
    worker?.terminate();
    const w = new Worker(new URL('../../workers/csv-import.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FromWorker>) => onWorkerMessage(event.data);
    w.onerror = (event) => {
      setPhase('idle');
      // The browser's own words for a crash are in its language, not the user's: they go to the console.
      console.error('import worker', event.message);
      setNotice({ kind: 'error', text: t('importFailed'), details: [t('importWorkerStopped')] });
    };
    worker = w;
    return w;
  }

  async function onWorkerMessage(message: FromWorker) {
    if (message.type === 'progress') {
      setPhase(message.phase);
      setProgress(message.fraction);
    } else if (message.type === 'preview') {
      const remembered = await rememberedMapping(app.db, props.request.id, message.summary.headers);
      if (remembered && !sameMapping(remembered, message.summary.columns) && file) {
        preview(remembered);
        return;
      }
      setPhase('idle');
      if (message.summary.columns.length === 0 && message.summary.errorTotal > 0) {
        // Not a CSV at all (an image, a zip, an empty file): no preview to show, just why.
        setNotice({ kind: 'error', text: t('importFailed'), details: message.summary.errors.map(errorText) });
        return;
      }
      setSummary(message.summary);
    } else if (message.type === 'chosen') {
      setSummary(message.summary);
    } else if (message.type === 'committed') {
      setPhase('idle');
      setSummary(null);
      const c = message.counts;
      const details = message.emptied > 0 ? [t('importDoneEmptied', { n: message.emptied })] : [];
      setNotice({ kind: 'info', text: t('importDone', { added: c.added, updated: c.updated, unchanged: c.unchanged, errors: c.errors }), details });
      worker?.terminate();
      worker = null;
    } else {
      setPhase('idle');
      setNotice({ kind: 'error', text: t('importFailed'), details: message.errors.map(errorText) });
    }
  }

  function preview(mapping?: MappingOverride) {
    if (!file) return;
    setNotice(null);
    setPhase('read');
    setProgress(0.02);
    // The worker reads the file itself, off the main thread; a mapping change sends it again.
    const choice = partialChoice();
    const message: ToWorker = {
      type: 'preview',
      dbName: app.db.name,
      file: file.blob,
      fileName: file.name,
      request: structuredClone(unwrap(props.request)),
      ...(mapping ? { mapping } : {}),
      ...(choice ? { partialRows: choice } : {}),
    };
    (worker ?? startWorker()).postMessage(message);
  }

  async function chooseFile(chosen: File | undefined) {
    if (!chosen) return;
    startWorker();
    file = { blob: chosen, name: chosen.name };
    setSummary(null);
    setPartialChoice(null);
    preview();
  }

  function previewPasted() {
    const text = pasted();
    if (!text.trim()) return;
    startWorker();
    file = { blob: new Blob([text], { type: 'text/csv' }), name: t('importPastedName') };
    setSummary(null);
    setPartialChoice(null);
    preview();
  }

  function cancel() {
    worker?.terminate();
    worker = null;
    file = null;
    setPhase('idle');
    setSummary(null);
    setNotice({ kind: 'info', text: t('importCancelled') });
  }

  function choosePartial(choice: PartialChoice) {
    if (!worker) return;
    setPartialChoice(choice);
    const message: ToWorker = { type: 'choose', partialRows: choice };
    worker.postMessage(message);
  }

  function commit() {
    if (!worker) return;
    setPhase('write');
    const message: ToWorker = { type: 'commit' };
    worker.postMessage(message);
  }

  async function changeMapping(index: number, value: string) {
    const current = summary();
    if (!current) return;
    const override: MappingOverride = {};
    for (const column of current.columns) {
      // A column that maps to nothing by itself stays out of the override, so that what it looks
      // like is still said after this change (and it is not "switched off by you").
      if (column.note?.code === 'unmapped' || column.note?.code === 'look-alike') continue;
      override[column.index] = column.status === 'mapped' ? column.target : null;
    }
    override[index] = value === '' ? null : (JSON.parse(value) as MappingTarget);
    await rememberMapping(app.db, props.request.id, current.headers, override);
    preview(override);
  }

  async function undo() {
    const batch = last();
    if (!batch || !window.confirm(t('importUndoConfirm', { file: batch.fileName }))) return;
    const result = await undoLastImport(app.db, props.request.id);
    setNotice(result.ok ? { kind: 'info', text: t('importUndone', { file: batch.fileName }) } : { kind: 'error', text: t('importFailed'), details: result.errors.map(errorText) });
  }

  const targets = createMemo(() => {
    const r = props.request;
    const options: { value: string; label: string; group: string }[] = [];
    for (const field of ['name', 'email', 'phone', 'hourlyRate', 'hoursPerWeek', 'supplier', 'education'] as const) {
      const target: MappingTarget = { kind: 'field', field };
      options.push({ value: JSON.stringify(target), label: targetText(target, r), group: t('targetField') });
    }
    for (const k of r.knockOuts) options.push({ value: JSON.stringify({ kind: 'knockOut', id: k.id }), label: targetText({ kind: 'knockOut', id: k.id }, r), group: t('targetKnockOut') });
    for (const c of r.criteria) options.push({ value: JSON.stringify({ kind: 'score', id: c.id }), label: targetText({ kind: 'score', id: c.id }, r), group: t('targetScore') });
    for (const c of r.criteria) options.push({ value: JSON.stringify({ kind: 'note', id: c.id }), label: targetText({ kind: 'note', id: c.id }, r), group: t('targetNote') });
    return options;
  });

  const [dragging, setDragging] = createSignal(false);
  const busy = () => phase() !== 'idle';
  const writable = () => {
    const s = summary();
    return s ? s.counts.added + s.counts.updated : 0;
  };
  const undecided = () => {
    const s = summary();
    return !!s && s.partial.rows > 0 && s.partial.choice === null;
  };
  const lookAlikes = () => (summary()?.columns ?? []).flatMap((c) => (c.note?.code === 'look-alike' ? [{ column: c, target: c.note.target }] : []));

  return (
    <div class="transfer">
      <h2>{t('importTitle')}</h2>
      <p class="muted">{t('importIntro')}</p>
      <div
        class="dropzone"
        classList={{ dragging: dragging() }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void chooseFile(e.dataTransfer?.files[0]);
        }}
      >
        <label class="file-button">
          <span class="primary-like">{t('importCsv')}</span>
          <input type="file" accept=".csv,.txt,text/csv,text/plain" aria-label={t('importCsv')} disabled={busy()} onChange={(e) => void chooseFile(e.currentTarget.files?.[0] ?? undefined)} />
        </label>
        <span class="muted">{t('importDrop')}</span>
      </div>
      <details class="paste-box">
        <summary>{t('importPasteLabel')}</summary>
        <textarea rows={5} aria-label={t('importPasteLabel')} value={pasted()} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" onClick={previewPasted} disabled={busy() || !pasted().trim()}>{t('importPasteButton')}</button>
      </details>

      <Show when={busy()}>
        <div class="progress-row" role="status">
          <label>
            {t(PHASE_LABEL[phase() as Exclude<Phase, 'idle'>])}
            <progress max="1" value={progress()} aria-label={t(PHASE_LABEL[phase() as Exclude<Phase, 'idle'>])} />
          </label>
          <Show when={phase() !== 'write'}>
            <button type="button" onClick={cancel}>{t('importCancel')}</button>
          </Show>
        </div>
      </Show>

      <Show when={notice()}>{(n) => <NoticePanel notice={n()} />}</Show>

      <Show when={summary()}>
        {(s) => (
          <section class="preview" aria-label={t('importPreviewTitle', { file: s().fileName })}>
            <h3>{t('importPreviewTitle', { file: s().fileName })}</h3>
            <p class="muted">
              {t('importFileFacts', { rows: formatNumber(s().dataRows), encoding: s().encoding, delimiter: s().delimiter === '\t' ? 'tab' : s().delimiter, size: fileSize(s().size) })}
            </p>
            <ul class="counts">
              <li class="count-new"><span>{t('importNew')}</span><strong data-count="new">{s().counts.added}</strong></li>
              <li class="count-update"><span>{t('importUpdate')}</span><strong data-count="update">{s().counts.updated}</strong></li>
              <li class="count-unchanged"><span>{t('importUnchanged')}</span><strong data-count="unchanged">{s().counts.unchanged}</strong></li>
              <li class="count-errors"><span>{t('importErrors')}</span><strong data-count="errors">{s().counts.errors}</strong></li>
              <Show when={s().partial.rows > 0}>
                <li class="count-partial"><span>{t('importUnreadable')}</span><strong data-count="partial">{s().partial.rows}</strong></li>
              </Show>
            </ul>

            <Show when={s().errorTotal > 0}>
              <div class="error" role="alert">
                <strong>{t('importErrorList')}</strong>
                <ul>
                  <For each={s().errors.slice(0, 50)}>{(e) => <li>{errorText(e)}</li>}</For>
                  <Show when={s().errorTotal > 50}><li>{t('importMore', { n: s().errorTotal - 50 })}</li></Show>
                </ul>
              </div>
            </Show>
            <Show when={s().flagTotal > 0}>
              <div class="warning flags">
                <strong>{t('importFlagsTitle')}</strong>
                <ul>
                  <For each={s().flags.slice(0, 50)}>{(f) => <li>{errorText(f)}</li>}</For>
                  <Show when={s().flagTotal > 50}><li>{t('importMore', { n: s().flagTotal - 50 })}</li></Show>
                </ul>
              </div>
            </Show>
            <Show when={lookAlikes().length > 0}>
              <div class="warning look-alikes">
                <strong>{t('importLookAlikeTitle')}</strong>
                <ul>
                  <For each={lookAlikes()}>
                    {(like) => (
                      <li>
                        <span>{t('importLookAlikeItem', { header: like.column.header, target: targetText(like.target, props.request) })}</span>{' '}
                        <button type="button" disabled={busy()} onClick={() => void changeMapping(like.column.index, JSON.stringify(like.target))}>
                          {t('importLookAlikeTake', { header: like.column.header, target: targetText(like.target, props.request) })}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
            <Show when={s().warnings.length > 0}>
              <div class="warning">
                <strong>{t('importWarnings')}</strong>
                <ul><For each={s().warnings.slice(0, 20)}>{(w) => <li>{warningText(w, s().columns, props.request)}</li>}</For></ul>
              </div>
            </Show>

            <h4>{t('importColumns')}</h4>
            <table class="mapping">
              <thead><tr><th>{t('importColumnHeader')}</th><th>{t('importColumnTarget')}</th><th>{t('importColumnNote')}</th></tr></thead>
              <tbody>
                <For each={s().columns}>
                  {(column: ColumnMapping) => (
                    <tr classList={{ ignored: column.status !== 'mapped' }}>
                      <td translate="no">{column.header || '—'}</td>
                      <td>
                        <select aria-label={t('importColumnFor', { header: column.header || String(column.index + 1) })} value={column.status === 'mapped' && column.target ? JSON.stringify(column.target) : ''} onChange={(e) => void changeMapping(column.index, e.currentTarget.value)} disabled={busy()}>
                          <option value="">{t('importColumnIgnored')}</option>
                          <For each={[...new Set(targets().map((o) => o.group))]}>
                            {(group) => (
                              <optgroup label={group}>
                                <For each={targets().filter((o) => o.group === group)}>{(o) => <option value={o.value}>{o.label}</option>}</For>
                              </optgroup>
                            )}
                          </For>
                        </select>
                      </td>
                      <td class="muted">{columnNote(column, props.request)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>

            <RowsTable kind="new" title={t('importNew')} rows={s().samples.new} total={s().rowTotals.new} request={props.request} />
            <RowsTable kind="update" title={t('importUpdate')} rows={s().samples.update} total={s().rowTotals.update} request={props.request} />
            <RowsTable kind="unchanged" title={t('importUnchanged')} rows={s().samples.unchanged} total={s().rowTotals.unchanged} request={props.request} />

            <Show when={s().partial.rows > 0}>
              <section class="partial" aria-label={t('importPartialTitle', { n: s().partial.rows })}>
                <h4>{t('importPartialTitle', { n: s().partial.rows })}</h4>
                <p>{t('importPartialIntro')}</p>
                <fieldset class="partial-choice">
                  <legend>{t('importPartialChoice', { n: s().partial.rows })}</legend>
                  <label>
                    <input type="radio" name="partial-rows" value="import" checked={s().partial.choice === 'import'} disabled={busy()} onChange={() => choosePartial('import')} />
                    {t('importPartialImport')}
                  </label>
                  <label>
                    <input type="radio" name="partial-rows" value="skip" checked={s().partial.choice === 'skip'} disabled={busy()} onChange={() => choosePartial('skip')} />
                    {t('importPartialSkip')}
                  </label>
                </fieldset>
                <RowsTable kind="partial" title={t('importUnreadable')} rows={s().samples.partial} total={s().rowTotals.partial} request={props.request} />
              </section>
            </Show>

            <div class="actions">
              <Show when={writable() > 0 || undecided()} fallback={<p class="muted">{t('importNothing')}</p>}>
                <button type="button" class="primary" disabled={busy() || undecided()} onClick={commit}>
                  {s().counts.errors > 0 ? t('importCommitSkipping', { n: writable(), skipped: s().counts.errors }) : t('importCommit', { n: writable() })}
                </button>
                <Show when={undecided()}><span class="muted">{t('importPartialNeeded')}</span></Show>
              </Show>
              <button type="button" onClick={cancel} disabled={phase() === 'write'}>{t('importCancel')}</button>
            </div>
          </section>
        )}
      </Show>

      <Show when={last()}>
        {(batch) => (
          <div class="last-import">
            <span class="muted">{t('importLast', { file: batch().fileName, when: formatDateTime(batch().createdAt), added: batch().counts.added, updated: batch().counts.updated })}</span>
            <button type="button" onClick={() => void undo()} disabled={busy()}>{t('importUndo')}</button>
          </div>
        )}
      </Show>
    </div>
  );
}

type RowsKind = 'new' | 'update' | 'unchanged' | 'partial';
const VALUE_FIELDS = ['email', 'hourlyRate', 'hoursPerWeek', 'supplier'] as const;

function RowsTable(props: { kind: RowsKind; title: string; rows: PlannedRow[]; total: number; request: Request }) {
  // A folded list is drawn when first opened: hundreds of hidden rows would only slow the preview.
  const [open, setOpen] = createSignal(untrack(() => props.total <= 50));
  const withValues = () => props.kind === 'new' || props.kind === 'partial';
  // The knock-outs and criteria any listed row fills (or could not read), in the request's order.
  const filled = createMemo(() => {
    if (!withValues()) return { knockOuts: [], criteria: [] };
    const ko = new Set<string>();
    const cr = new Set<string>();
    for (const row of props.rows) {
      for (const [id, v] of Object.entries(row.knockOuts)) if (v !== 'unknown') ko.add(id);
      for (const [id, v] of Object.entries(row.scores)) if (v !== null) cr.add(id);
      for (const cell of row.emptied ?? []) {
        if (cell.target.kind === 'knockOut') ko.add(cell.target.id);
        if (cell.target.kind === 'score') cr.add(cell.target.id);
      }
    }
    return {
      knockOuts: props.request.knockOuts.map((k, i) => ({ id: k.id, code: `K${i + 1}`, text: k.text })).filter((k) => ko.has(k.id)),
      criteria: props.request.criteria.map((c, i) => ({ id: c.id, code: `G${i + 1}`, text: c.text })).filter((c) => cr.has(c.id)),
    };
  });
  const fieldHeader = (field: (typeof VALUE_FIELDS)[number]) => t(field === 'email' ? 'fieldEmail' : field === 'hourlyRate' ? 'fieldRate' : field === 'hoursPerWeek' ? 'fieldHours' : 'fieldSupplier');
  return (
    <Show when={props.total > 0}>
      <details class="rows" open={open()} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{props.title} ({props.total})</summary>
        <Show when={open()}>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('importLine')}</th>
                  <th>{t('importName')}</th>
                  <Show when={props.kind === 'partial'}><th>{t('importAction')}</th></Show>
                  <Show when={withValues()}>
                    <For each={VALUE_FIELDS}>{(field) => <th>{fieldHeader(field)}</th>}</For>
                    <For each={filled().knockOuts}>{(k) => <th title={k.text}>{k.code}</th>}</For>
                    <For each={filled().criteria}>{(c) => <th title={c.text}>{c.code}</th>}</For>
                  </Show>
                  <Show when={props.kind === 'update'}><th>{t('importChanges')}</th></Show>
                </tr>
              </thead>
              <tbody>
                <For each={props.rows}>
                  {(row) => (
                    <tr>
                      <td>{row.line}</td>
                      <td translate="no">{row.candidate.name}</td>
                      <Show when={props.kind === 'partial'}><td>{t(row.action === 'new' ? 'importNew' : row.action === 'update' ? 'importUpdate' : 'importUnchanged')}</td></Show>
                      <Show when={withValues()}>
                        <For each={VALUE_FIELDS}>{(field) => <ValueCell row={row} target={{ kind: 'field', field }} />}</For>
                        <For each={filled().knockOuts}>{(k) => <ValueCell row={row} target={{ kind: 'knockOut', id: k.id }} />}</For>
                        <For each={filled().criteria}>{(c) => <ValueCell row={row} target={{ kind: 'score', id: c.id }} />}</For>
                      </Show>
                      <Show when={props.kind === 'update'}>
                        <td>
                          <ul class="changes">
                            <For each={row.changes}>
                              {(change) => (
                                <li>
                                  {changeText(change, props.request)}
                                  <Show when={change.kind === 'field' && row.flags?.some((f) => f.field === change.field)}>
                                    {' '}<span class="flag">⚠ {t('importFlagged')}</span>
                                  </Show>
                                </li>
                              )}
                            </For>
                          </ul>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <Show when={props.total > props.rows.length}><p class="muted">{t('importMore', { n: props.total - props.rows.length })}</p></Show>
        </Show>
      </details>
    </Show>
  );
}

/** One value of a row as read: the value, a flag beside an unlikely one, or the mark of a cell left empty. */
function ValueCell(props: { row: PlannedRow; target: MappingTarget }) {
  const emptied = () => props.row.emptied?.find((c) => sameTarget(c.target, props.target));
  const text = (): string => {
    const target = props.target;
    if (target.kind === 'field') {
      const value = props.row.candidate[target.field];
      return value === undefined ? '' : fieldValue(target.field, value);
    }
    if (target.kind === 'knockOut') {
      const value = props.row.knockOuts[target.id];
      return value === undefined || value === 'unknown' ? '' : knockOutText(value);
    }
    if (target.kind === 'score') {
      const value = props.row.scores[target.id];
      return value === undefined || value === null ? '' : formatNumber(value);
    }
    return '';
  };
  const flagged = () => props.target.kind === 'field' && props.row.flags?.some((f) => props.target.kind === 'field' && f.field === props.target.field);
  return (
    <td classList={{ flagged: !!flagged(), emptied: !!emptied() }}>
      <Show when={emptied()} fallback={text()}>
        {(cell) => <span class="emptied">{t('importEmptied', { text: String(cell().params?.['text'] ?? '') })}</span>}
      </Show>
      <Show when={flagged()}>{' '}<span class="flag">⚠ {t('importFlagged')}</span></Show>
    </td>
  );
}

function sameTarget(a: MappingTarget, b: MappingTarget): boolean {
  if (a.kind === 'field' || b.kind === 'field') return a.kind === b.kind && a.kind === 'field' && b.kind === 'field' && a.field === b.field;
  return a.kind === b.kind && a.id === b.id;
}

function sameMapping(override: MappingOverride, columns: ColumnMapping[]): boolean {
  return columns.every((c) => JSON.stringify(override[c.index] ?? null) === JSON.stringify(c.status === 'mapped' ? c.target : null));
}

/** A plain copy of a request that came through a Solid/Dexie proxy, safe to post to a worker. */
function unwrap<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A file size as people read it: bytes below 1 KB, then KB and MB with one decimal. */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}
