// The line under the grid, as Excel's formula and status bars: the full text of the focused
// column (a short header label is not enough to score by), the keys a knock-out takes, and the
// size of the selected block.
import { Show } from 'solid-js';
import { t } from '../i18n';
import type { Rect } from './selection';

export function SheetBar(props: { description: string | null; knockOut: boolean; block: Rect | null }) {
  return (
    <div class="sheet-bar" aria-label={t('matrixSheetBar')} role="group">
      <span class="sheet-bar-text" title={props.description ?? ''}>{props.description ?? ''}</span>
      <Show when={props.knockOut}>
        <span class="sheet-bar-keys">{t('matrixKoKeys')}</span>
      </Show>
      <Show when={props.block}>
        {(rect) => <span class="sheet-bar-block">{t('matrixSelection', { rows: rect().bottom - rect().top + 1, columns: rect().right - rect().left + 1 })}</span>}
      </Show>
    </div>
  );
}
