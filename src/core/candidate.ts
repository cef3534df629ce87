// A person in the pool: the list of their fields (every screen, import and export reads it here)
// and the checks a candidate must pass before it is stored.
import { LIMITS, checkLength } from './limits';
import type { Candidate, InputError } from './model';

/** Every field of a candidate besides the id, in the order screens and files show them. */
export const CANDIDATE_FIELDS = ['name', 'email', 'phone', 'hourlyRate', 'hoursPerWeek', 'supplier', 'education'] as const;
export type CandidateField = (typeof CANDIDATE_FIELDS)[number];
/** The fields that hold numbers; the others hold text. */
export type NumericCandidateField = 'hourlyRate' | 'hoursPerWeek';

export function isNumericField(field: CandidateField): field is NumericCandidateField {
  return field === 'hourlyRate' || field === 'hoursPerWeek';
}

/** The Dutch column names our export writes; they are also the first synonym of each field on import. */
export const FIELD_LABELS: Record<CandidateField, string> = {
  name: 'Naam',
  email: 'E-mail',
  phone: 'Telefoon',
  hourlyRate: 'Uurtarief',
  hoursPerWeek: 'Uren per week',
  supplier: 'Leverancier',
  education: 'Opleiding',
};

export function isCandidateField(value: string): value is CandidateField {
  return (CANDIDATE_FIELDS as readonly string[]).includes(value);
}

/** Why a candidate cannot be stored: no name, a rate or hours out of range, a text too long. */
export function checkCandidate(candidate: Omit<Candidate, 'id'>): InputError[] {
  const errors: InputError[] = [];
  if (typeof candidate.name !== 'string' || candidate.name.trim() === '') {
    errors.push({ code: 'name-required', message: 'Een kandidaat heeft een naam nodig.' });
  }
  if (candidate.hourlyRate !== undefined && !(typeof candidate.hourlyRate === 'number' && Number.isFinite(candidate.hourlyRate) && candidate.hourlyRate >= 0)) {
    errors.push({ code: 'invalid-rate', message: `Uurtarief ${String(candidate.hourlyRate)} is ongeldig; gebruik een bedrag van 0 of meer.`, params: { value: paramOf(candidate.hourlyRate) } });
  }
  if (
    candidate.hoursPerWeek !== undefined &&
    !(typeof candidate.hoursPerWeek === 'number' && Number.isFinite(candidate.hoursPerWeek) && candidate.hoursPerWeek >= 0 && candidate.hoursPerWeek <= 168)
  ) {
    errors.push({ code: 'invalid-hours', message: `Uren per week ${String(candidate.hoursPerWeek)} is ongeldig; gebruik 0 tot 168.`, params: { value: paramOf(candidate.hoursPerWeek) } });
  }
  for (const field of CANDIDATE_FIELDS) {
    if (isNumericField(field)) continue;
    const value = candidate[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      errors.push({ code: 'not-text', message: `${FIELD_LABELS[field]} is geen tekst.`, params: { field } });
      continue;
    }
    const tooLong = checkLength(value, field === 'name' ? LIMITS.name : LIMITS.text, field, FIELD_LABELS[field]);
    if (tooLong) errors.push(tooLong);
  }
  return errors;
}

function paramOf(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}
