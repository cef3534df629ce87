// The Export tab: the ranked shortlist or the full matrix, in Excel (NL) or RFC 4180 CSV, with
// column headers in Dutch or English (the interface's language unless picked here).
import { Show, createSignal } from 'solid-js';
import { exportCsv, exportFileName, type ExportDialect, type ExportKind, type ExportLanguage } from '../../core';
import { loadMatrix } from '../../db/repository';
import type { StoredRequest } from '../../db/schema';
import { useApp } from '../app-context';
import { downloadText } from '../download';
import { locale, t } from '../i18n';
import './transfer.css';

export function ExportTab(props: { request: StoredRequest }) {
  const app = useApp();
  const [dialect, setDialect] = createSignal<ExportDialect>('excel-nl');
  // null follows the interface's language; a pick here holds for this tab.
  const [picked, setPicked] = createSignal<ExportLanguage | null>(null);
  const language = (): ExportLanguage => picked() ?? locale();
  const [saved, setSaved] = createSignal<string | null>(null);
  const [preview, setPreview] = createSignal('');

  async function run(kind: ExportKind) {
    const { candidates, evaluations } = await loadMatrix(app.db, props.request.id);
    const text = exportCsv(props.request, candidates, evaluations, { kind, dialect: dialect(), language: language() });
    const name = exportFileName(props.request, kind, new Date(), language());
    downloadText(name, text, 'text/csv;charset=utf-8');
    setSaved(name);
    setPreview(text.replace(/^\uFEFF/, '').split(/\r\n/).slice(0, 6).join('\n'));
  }

  return (
    <div class="transfer">
      <h2>{t('exportTitle')}</h2>
      <p class="muted">{t('exportIntro')}</p>
      <fieldset class="dialect">
        <legend>{t('exportDialect')}</legend>
        <label>
          <input type="radio" name="dialect" value="excel-nl" checked={dialect() === 'excel-nl'} onChange={() => setDialect('excel-nl')} />
          {t('exportExcel')}
        </label>
        <label>
          <input type="radio" name="dialect" value="rfc4180" checked={dialect() === 'rfc4180'} onChange={() => setDialect('rfc4180')} />
          {t('exportRfc')}
        </label>
      </fieldset>
      <fieldset class="dialect">
        <legend>{t('exportLanguage')}</legend>
        <label>
          <input type="radio" name="export-language" value="nl" checked={language() === 'nl'} onChange={() => setPicked('nl')} />
          {t('exportLanguageNl')}
        </label>
        <label>
          <input type="radio" name="export-language" value="en" checked={language() === 'en'} onChange={() => setPicked('en')} />
          {t('exportLanguageEn')}
        </label>
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void run('shortlist')}>{t('exportShortlist')}</button>
        <button type="button" onClick={() => void run('matrix')}>{t('exportMatrix')}</button>
      </div>
      <Show when={saved()}>
        <p class="info" role="status">{t('exportSaved', { file: saved() ?? '' })}</p>
        <details>
          <summary>{t('exportPreview')}</summary>
          {/* The file's first lines as written (user data, in the file's language): not for
              translating. It scrolls sideways, so the keyboard must be able to reach it. */}
          <pre class="csv-preview" tabIndex={0} role="region" aria-label={t('exportPreview')}>
            <code translate="no">{preview()}</code>
          </pre>
        </details>
      </Show>
    </div>
  );
}
