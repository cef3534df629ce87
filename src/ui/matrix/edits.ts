// Turns what a consultant types or pastes into checked edits, and remembers how to undo them.
import { isNumericField, parseScore, readKnockOut, readNumber, type Candidate, type Evaluation, type InputError, type MatrixEdit, type Request, type Result } from '../../core';
import type { ColumnKind } from './columns';


/** Reads one typed or pasted cell for a column; the message says what is accepted. */
export function interpretCell(request: Request, column: ColumnKind, candidateId: string, text: string): Result<MatrixEdit> {
  const value = text.trim();
  switch (column.kind) {
    case 'criterion': {
      const criterion = request.criteria.find((c) => c.id === column.id);
      if (!criterion) return refuse('unknown-criterion', `Onbekend criterium "${column.id}".`);
      const score = parseScore(criterion, value);
      return score.ok ? { ok: true, value: { kind: 'score', candidateId, criterionId: column.id, value: score.value } } : score;
    }
    case 'knockOut': {
      const ko = readKnockOut(value);
      if (!ko.ok) return refuse(ko.code, ko.message, ko.params);
      return { ok: true, value: { kind: 'knockOut', candidateId, knockOutId: column.id, value: ko.value } };
    }
    case 'field': {
      if (isNumericField(column.field)) {
        if (value === '') return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: undefined } };
        const n = readNumber(value);
        if (!n.ok) return refuse('not-a-number', n.error.message, n.error.params);
        return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: n.value } };
      }
      if (column.field === 'name' && value === '') return refuse('name-required', 'Een kandidaat heeft een naam nodig.');
      return { ok: true, value: { kind: 'field', candidateId, field: column.field, value: value === '' ? undefined : value } };
    }
    case 'readonly':
      return refuse('read-only', 'Deze kolom wordt berekend en kan niet worden gewijzigd.');
  }
}

/** The edit that puts back what an edit replaces, read from the current records. */
export function inverseOf(edit: MatrixEdit, candidate: Candidate, evaluation: Evaluation | undefined): MatrixEdit {
  switch (edit.kind) {
    case 'score':
      return { ...edit, value: evaluation?.scores[edit.criterionId] ?? null };
    case 'knockOut':
      return { ...edit, value: evaluation?.knockOuts[edit.knockOutId] ?? 'unknown' };
    case 'note':
      return { ...edit, value: evaluation?.notes?.[edit.criterionId] ?? '' };
    case 'competency':
      return { ...edit, value: evaluation?.competencies?.[edit.competencyId] ?? null };
    case 'field':
      return { ...edit, value: candidate[edit.field] };
  }
}

/**
 * Whether the records still hold what a history step left there. An import, a restored backup or
 * another tab may have changed a cell since; undoing over that would silently overwrite it.
 */
export function stillHolds(expected: MatrixEdit[], current: (MatrixEdit | undefined)[]): boolean {
  if (current.some((e) => e === undefined)) return false;
  const key = (e: MatrixEdit) => JSON.stringify(e);
  const wanted = expected.map(key).sort();
  const found = (current as MatrixEdit[]).map(key).sort();
  return wanted.length === found.length && wanted.every((k, i) => k === found[i]);
}

/** Splits text copied from Excel: rows by newline, cells by tab, Excel's quoted cells honoured. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PastePlan {
  edits: MatrixEdit[];
  rejected: (InputError & { row: number; columnId: string })[];
}

/**
 * Maps a pasted block onto the grid from the focused cell rightwards and downwards, checking each
 * cell. Cells beyond the last row or column are refused, never dropped silently.
 */
export function planPaste(
  request: Request,
  block: string[][],
  start: { rowIndex: number; columnIndex: number },
  rowIdAt: (index: number) => string | undefined,
  columns: { id: string; kind: ColumnKind; header: string }[],
): PastePlan {
  const plan: PastePlan = { edits: [], rejected: [] };
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const rowIndex = start.rowIndex + r;
      const column = columns[start.columnIndex + c];
      const candidateId = rowIdAt(rowIndex);
      if (!column || candidateId === undefined) {
        plan.rejected.push({ code: 'outside-grid', message: 'Valt buiten de matrix.', row: rowIndex + 1, columnId: column?.id ?? '' });
        return;
      }
      const result = interpretCell(request, column.kind, candidateId, text);
      if (result.ok) plan.edits.push(result.value);
      else for (const e of result.errors) plan.rejected.push({ ...e, row: rowIndex + 1, columnId: column.id, column: column.header });
    });
  });
  return plan;
}

export interface HistoryEntry {
  forward: MatrixEdit[];
  backward: MatrixEdit[];
}

/** Undo and redo stacks of edit lists: one paste or one cell edit is one step. */
export function createHistory(limit = 200) {
  const undoStack: HistoryEntry[] = [];
  const redoStack: HistoryEntry[] = [];
  return {
    push(entry: HistoryEntry) {
      undoStack.push(entry);
      if (undoStack.length > limit) undoStack.shift();
      redoStack.length = 0;
    },
    undo(): HistoryEntry | undefined {
      const entry = undoStack.pop();
      if (entry) redoStack.push(entry);
      return entry;
    },
    redo(): HistoryEntry | undefined {
      const entry = redoStack.pop();
      if (entry) undoStack.push(entry);
      return entry;
    },
    /** Puts an entry back when applying it failed, so nothing is lost from the stacks. */
    restore(entry: HistoryEntry, from: 'undo' | 'redo') {
      if (from === 'undo') {
        redoStack.pop();
        undoStack.push(entry);
      } else {
        undoStack.pop();
        redoStack.push(entry);
      }
    },
    clear() {
      undoStack.length = 0;
      redoStack.length = 0;
    },
    sizes: () => ({ undo: undoStack.length, redo: redoStack.length }),
  };
}

function refuse(code: string, message: string, params?: InputError['params']): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ code, message, ...(params ? { params } : {}) }] };
}
