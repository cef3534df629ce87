// "Back-up maken" and "Back-up terugzetten" in the sidebar footer (PRODUCT §4): one JSON file with
// everything out; a file checked whole before anything is written back in, replaced or merged.
import { Show, createSignal } from 'solid-js';
import { amsterdamDay } from '../../core';
import type { Backup } from '../../db/backup';
import { useApp } from '../app-context';
import { downloadText } from '../download';
import { formatDateTime, loadTexts, t } from '../i18n';
import { NoticePanel, type Notice } from '../NoticePanel';
import { errorText } from '../i18n/errors';
import { storageError } from '../../db/storage-errors';
import './backup.css';
import { focusBackIfLost } from '../focus-back';

type RestoreMode = 'replace' | 'merge';

// A backup of 100 000 candidates is tens of megabytes; a file far past that is no backup of ours,
// and reading it whole would only freeze the tab.
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
const DETAILS_SHOWN = 5;
// Making and checking a backup (with the core's restorers) loads when a button is used, with the
// texts its messages need.
const backupModule = () => Promise.all([import('../../db/backup'), loadTexts()]).then(([module]) => module);

/**
 * "shortlist-back-up-2026-11-22.json" ("shortlist-backup-…" in English): a file name in the
 * interface's language, dated in Amsterdam like the CSV exports.
 */
export function backupFileName(date: Date): string {
  return `${t('backupFileStem')}-${amsterdamDay(date)}.json`;
}

export function BackupControls() {
  const app = useApp();
  const [busy, setBusy] = createSignal(false);
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const [pending, setPending] = createSignal<Backup | null>(null);
  let dialog: HTMLDialogElement | undefined;
  let backUpButton: HTMLButtonElement | undefined;

  // A refusal of the browser (a full disk, a closed database) in the user's words, not the browser's.
  const failure = (text: string, error: unknown): Notice => ({ kind: 'error', text, details: [errorText(storageError(error))] });

  async function backUp() {
    setBusy(true);
    setNotice(null);
    try {
      await app.flushPendingEdits();
      const { createBackup, markBackupSaved } = await backupModule();
      const backup = await createBackup(app.db);
      const name = backupFileName(new Date(backup.exportedAt));
      downloadText(name, JSON.stringify(backup), 'application/json');
      await markBackupSaved(app.db, backup.exportedAt);
      setNotice({ kind: 'info', text: t('backupSaved', { file: name }), details: [] });
    } catch (error) {
      setNotice(failure(t('backupFailed'), error));
    } finally {
      setBusy(false);
      // Finishing the open edits, and the button's waiting (disabled), took the focus off it.
      focusBackIfLost(backUpButton);
    }
  }

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) fires a change again.
    input.value = '';
    if (!file) return;
    setNotice(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setNotice({ kind: 'error', text: t('restoreInvalid'), details: [t('restoreTooLarge', { file: file.name })] });
      return;
    }
    setBusy(true);
    try {
      const { isEmpty, readBackup } = await backupModule();
      const result = readBackup(await file.text());
      if (!result.ok) {
        setNotice({ kind: 'error', text: t('restoreInvalid'), details: result.errors.map(errorText) });
        return;
      }
      if (await isEmpty(app.db)) {
        await restore(result.value, 'replace');
        return;
      }
      setPending(result.value);
      if (dialog) {
        dialog.returnValue = '';
        dialog.showModal();
      }
    } catch (error) {
      setNotice(failure(t('restoreInvalid'), error));
    } finally {
      setBusy(false);
    }
  }

  async function restore(backup: Backup, mode: RestoreMode) {
    setBusy(true);
    try {
      // An edit still open in the grid must land before the restore, not on top of it.
      await app.flushPendingEdits();
      const { restoreBackup } = await backupModule();
      const result = await restoreBackup(app.db, backup, mode);
      if (result.ok) {
        const c = result.value;
        setNotice({ kind: 'info', text: t(mode === 'replace' ? 'restoreDone' : 'restoreMerged', { requests: c.requests, candidates: c.candidates, evaluations: c.evaluations }), details: [] });
      } else {
        setNotice({ kind: 'error', text: t('restoreFailed'), details: result.errors.map(errorText) });
      }
    } catch (error) {
      // The restore is one transaction: a failure rolled all of it back.
      setNotice(failure(t('restoreFailed'), error));
    } finally {
      setBusy(false);
    }
  }

  function onDialogClose() {
    const backup = pending();
    setPending(null);
    const choice = dialog?.returnValue;
    if (!backup) return;
    if (choice === 'replace' || choice === 'merge') void restore(backup, choice);
    else setNotice({ kind: 'info', text: t('restoreCancelled'), details: [] });
  }

  return (
    <div class="backup-controls">
      <div class="backup-buttons">
        <button ref={backUpButton} type="button" onClick={() => void backUp()} disabled={busy()}>{t('backUp')}</button>
        <label class="backup-file" classList={{ disabled: busy() }}>
          <span class="backup-file-face" aria-hidden="true">{t('restore')}</span>
          <input type="file" accept=".json,application/json" aria-label={t('restore')} disabled={busy()} onChange={(e) => void chooseFile(e.currentTarget)} />
        </label>
      </div>
      <Show when={notice()}>{(n) => <NoticePanel notice={n()} limit={DETAILS_SHOWN} />}</Show>
      <dialog ref={dialog} class="restore-dialog" aria-labelledby="restore-dialog-title" aria-describedby="restore-dialog-question" onClose={onDialogClose}>
        <form method="dialog">
          <h2 id="restore-dialog-title">{t('restoreDialogTitle')}</h2>
          <Show when={pending()}>
            {(b) => (
              <p id="restore-dialog-question">
                {t('restoreModeQuestion', { when: formatDateTime(b().exportedAt), requests: b().counts.requests, candidates: b().counts.candidates })}
              </p>
            )}
          </Show>
          <div class="restore-choices">
            <button type="submit" value="replace" class="danger" aria-describedby="restore-replace-help">{t('restoreReplace')}</button>
            <p id="restore-replace-help" class="muted">{t('restoreReplaceHelp')}</p>
            <button type="submit" value="merge" aria-describedby="restore-merge-help">{t('restoreMerge')}</button>
            <p id="restore-merge-help" class="muted">{t('restoreMergeHelp')}</p>
          </div>
          <div class="restore-cancel">
            <button type="submit" value="cancel" autofocus>{t('restoreCancel')}</button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
