// AG Grid's own texts (its filter menus, "no rows", screen-reader words) in the app's language.
// Every grid takes them from here, so the matrix and the procedure's grids speak alike.
import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';
import { locale } from '../i18n';

export function gridLocaleText(): Record<string, string> {
  return locale() === 'nl' ? AG_GRID_LOCALE_NL : AG_GRID_LOCALE_EN;
}
