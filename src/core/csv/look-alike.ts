// What a column that maps to nothing might be (PRODUCT §5): "Tarief excl. btw" reads as the hourly
// rate, "Uren p/w" as hours, "Eis 1" as the first knock-out, "Wens 2" as the second criterion. Only
// a suggestion for the preview: such a column is never read until the user maps it, because a
// loose guess that silently filled a field would be worse than a column left out.
import type { CandidateField } from '../candidate';
import type { Request } from '../model';
import type { MappingTarget } from './types';

/** Folded to lower-case words without accents: "Tarief excl. btw" → "tarief excl btw". */
function words(header: string): string {
  return header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Field hints in order of precedence ("Prijs per uur" is a rate, not hours). A hint is a part of a
 * word (`part`) or the start of a word (`start`): "uur" must start a word, or "Duur" would be hours.
 * `not` rules a hint out: "Beschikbaar vanaf" is a date, not hours.
 */
const FIELD_HINTS: Array<[CandidateField, { part?: string[]; start?: string[]; not?: string[] }]> = [
  ['hourlyRate', { part: ['tarief', 'prijs', 'loon'], start: ['rate', 'eur'] }],
  ['email', { part: ['mail'] }],
  ['phone', { part: ['telefoon', 'phone', 'mobiel', 'mobile'], start: ['tel', 'gsm'] }],
  ['hoursPerWeek', { part: ['beschikba', 'inzetba', 'availab'], start: ['uur', 'uren', 'hour', 'hrs'], not: ['vanaf', 'datum', 'date', 'from', 'start'] }],
  ['supplier', { part: ['leverancier', 'supplier', 'vendor', 'bemiddel', 'detacheer', 'bedrijf', 'company'], start: ['bureau'] }],
  ['education', { part: ['opleiding', 'educat', 'diploma'], start: ['niveau', 'degree'] }],
  ['name', { part: ['naam', 'name'] }],
];

/** "Eis 1", "E1", "KO 2", "Knock-out 3", "Vereiste 4", "Requirement 5" → knock-out n. */
const KNOCK_OUT = /^(?:eis(?:en)?|e|ko|knock ?out|vereiste|requirement|must)\s?(?:nr |nummer )?(\d{1,3})$/;
/** "Wens 2", "W2", "Gunningscriterium 3", "Criterium 1", "Selectiecriterium 4", "Criterion 5" → criterion n. */
const CRITERION = /^(?:wens(?:en)?|w|(?:gunnings|selectie)?criterium|criterion|wish|score)\s?(?:nr |nummer )?(\d{1,3})$/;
/** "Toelichting wens 2", "Wens 2 toelichting" → the note on criterion n. */
const NOTE = /^(?:(?:toelichting|onderbouwing|motivatie)\s(?:bij\s)?(?:wens|w|criterium)\s?(\d{1,3})|(?:wens|w|criterium)\s?(\d{1,3})\s(?:toelichting|onderbouwing|motivatie))$/;

/**
 * What an unmapped header looks like, or null. `free` says whether a target is still open: a
 * target another column already fills is not suggested ("Kenmerk leverancier" beside "Leverancier"
 * is something else).
 */
export function lookAlike(header: string, request: Request | undefined, free: (target: MappingTarget) => boolean): MappingTarget | null {
  const text = words(header);
  if (text === '') return null;
  const numbered = numberedTarget(text, request);
  if (numbered) return free(numbered) ? numbered : null;
  const tokens = text.split(' ');
  for (const [field, hint] of FIELD_HINTS) {
    const joined = tokens.join('');
    const hit = (hint.part ?? []).some((p) => joined.includes(p)) || (hint.start ?? []).some((s) => tokens.some((t) => t.startsWith(s)));
    if (!hit || (hint.not ?? []).some((n) => joined.includes(n))) continue;
    const target: MappingTarget = { kind: 'field', field };
    return free(target) ? target : null;
  }
  return null;
}

function numberedTarget(text: string, request: Request | undefined): MappingTarget | null {
  if (!request) return null;
  const note = NOTE.exec(text);
  if (note) {
    const c = request.criteria[Number(note[1] ?? note[2]) - 1];
    return c ? { kind: 'note', id: c.id } : null;
  }
  const ko = KNOCK_OUT.exec(text);
  if (ko) {
    const k = request.knockOuts[Number(ko[1]) - 1];
    return k ? { kind: 'knockOut', id: k.id } : null;
  }
  const cr = CRITERION.exec(text);
  if (cr) {
    const c = request.criteria[Number(cr[1]) - 1];
    return c ? { kind: 'score', id: c.id } : null;
  }
  return null;
}
