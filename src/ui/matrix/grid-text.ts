// The grid's own bits of DOM that show text: a column header with a short label, and a cell that
// shows a short word while a screen reader hears the whole sentence. Built with textContent only
// (AG Grid would insert a string returned by a renderer as HTML).
import type { ICellRendererComp, ICellRendererParams, IHeaderParams, IInnerHeaderComponent } from 'ag-grid-community';

/** What `HeaderLabel` shows: the short label, a second line (code and points), the full text. */
export interface HeaderLabelParams {
  label: string;
  detail?: string;
  /** The full text: the header's accessible description, so focus on the header gives it too. */
  description: string;
  /** Written upwards, for the narrow knock-out columns. */
  upright?: boolean;
  /** The label is the user's text (or made from it): not for translating. */
  userText?: boolean;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The inside of a knock-out or criterion header, beside AG Grid's own sort indicator. */
export class HeaderLabel implements IInnerHeaderComponent {
  #gui = document.createElement('span');

  init(params: IHeaderParams & HeaderLabelParams): void {
    this.#render(params);
  }

  getGui(): HTMLElement {
    return this.#gui;
  }

  refresh(params: IHeaderParams & HeaderLabelParams): boolean {
    this.#render(params);
    return true;
  }

  #render(params: IHeaderParams & HeaderLabelParams): void {
    this.#gui.className = params.upright ? 'header-label upright' : 'header-label';
    const label = span('header-label-text', params.label);
    if (params.userText) label.setAttribute('translate', 'no');
    this.#gui.replaceChildren(label, ...(params.detail ? [span('header-label-detail', params.detail)] : []));
    // AG Grid's tooltip shows on hover only; a keyboard user on the header hears this instead.
    params.eGridHeader.setAttribute('aria-description', params.description);
  }
}

/**
 * A cell that shows its formatted value (a short status) and says its whole value to assistive
 * technology ("Shortlist · gelijk op de grens · voorlopig").
 */
export class ShortTextCell implements ICellRendererComp {
  #gui = document.createElement('span');

  init(params: ICellRendererParams): void {
    this.#render(params);
  }

  getGui(): HTMLElement {
    return this.#gui;
  }

  refresh(params: ICellRendererParams): boolean {
    this.#render(params);
    return true;
  }

  #render(params: ICellRendererParams): void {
    const full = params.value == null ? '' : String(params.value);
    const short = params.valueFormatted ?? full;
    if (short === full) {
      this.#gui.replaceChildren(document.createTextNode(full));
      return;
    }
    const shown = span('', short);
    shown.setAttribute('aria-hidden', 'true');
    this.#gui.replaceChildren(shown, span('sr-only', full));
  }
}
