// Refusals as values (STYLE §4): a code, the complete Dutch sentence, and the facts in params so
// that another language can word the same refusal.
import type { InputError } from '../model';

export function inputError(code: string, message: string, params?: InputError['params']): InputError {
  return { code, message, ...(params ? { params } : {}) };
}

export function refuse(...errors: InputError[]): { ok: false; errors: InputError[] } {
  return { ok: false, errors };
}
