// A name sent from a one-line form: the field is free for the next name at once, and a late
// answer for the first never touches what was typed since.
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { submitField } from '../../src/ui/submit-field';

function deferred() {
  let resolve!: (written: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

describe('submitField', () => {
  it('clears at once, and a late "written" for the first name keeps the second one typed meanwhile', async () => {
    const [value, setValue] = createSignal('  Anne de Wit ');
    const first = deferred();
    const sent: string[] = [];
    const done = submitField(value, setValue, (text) => (sent.push(text), first.promise));
    expect(value()).toBe('');
    setValue('Bas Kok');
    first.resolve(true);
    expect(await done).toBe(true);
    expect(sent).toEqual(['Anne de Wit']);
    expect(value()).toBe('Bas Kok');
  });

  it('gives the text back when the write is refused, unless something else was typed', async () => {
    const [value, setValue] = createSignal('Anne');
    expect(await submitField(value, setValue, async () => false)).toBe(false);
    expect(value()).toBe('Anne');
    const refused = deferred();
    const done = submitField(value, setValue, () => refused.promise);
    setValue('Bas');
    refused.resolve(false);
    await done;
    expect(value()).toBe('Bas');
  });

  it('sends nothing for a blank field', async () => {
    const [value, setValue] = createSignal('   ');
    let calls = 0;
    expect(await submitField(value, setValue, async () => (calls++, true))).toBe(false);
    expect(calls).toBe(0);
    expect(value()).toBe('   ');
  });
});
