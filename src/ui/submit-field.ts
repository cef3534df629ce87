// A one-line form (a name, then Enter) that is cleared when it is sent, not when its write lands.
// Clearing after the write raced the user: the new column showed from the working copy at once,
// the next name was typed, and the first write's late "done" wiped it (CI lost an assessor's name
// that way). The text comes back only when the write is refused and nothing else was typed since.
import type { Accessor, Setter } from 'solid-js';

/** Sends the field's trimmed text with `send` (true when written); false when there was none to send. */
export async function submitField(value: Accessor<string>, setValue: Setter<string>, send: (text: string) => Promise<boolean>): Promise<boolean> {
  const typed = value();
  const text = typed.trim();
  if (!text) return false;
  setValue('');
  const written = await send(text);
  if (!written && value() === '') setValue(typed);
  return written;
}
