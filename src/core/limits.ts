// The length limits of PRODUCT §4: a name 200 characters, a note 5 000, any other text 500, a
// short label 12. Longer input is an error for that field, never cut silently.
import type { InputError } from './model';

export const LIMITS = { name: 200, note: 5000, text: 500, label: 12 } as const;

/**
 * Refuses a text longer than `max` characters (code points, so "€" or "ë" count once). `field`
 * is a stable name for a screen in another language ("name", "note", "knockOut.text"); `label`
 * the Dutch name the message starts with ("Naam").
 */
export function checkLength(text: string, max: number, field: string, label: string): InputError | null {
  let length = 0;
  for (const _ of text) if (++length > max && length > 100_000) break; // a 1 GB string need not be counted to the end
  if (length <= max) return null;
  const counted = length > 100_000 ? `meer dan ${(100_000).toLocaleString('nl-NL')}` : length.toLocaleString('nl-NL');
  return {
    code: 'too-long',
    message: `${label} is ${counted} tekens lang; de grens is ${max.toLocaleString('nl-NL')} tekens.`,
    params: { field, length, max },
  };
}
