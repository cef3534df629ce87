// Values that can be read but are unlikely to be meant (PRODUCT §5): an hourly rate below € 15 or
// above € 400, more than 60 hours a week. They are flagged for a person to look at, never refused:
// a rate of € 450 can be real, while "€ 1.250" for "€ 12,50" is the typo this is here to catch.
import type { Candidate } from './model';

export const PLAUSIBLE = {
  hourlyRate: { min: 15, max: 400 },
  hoursPerWeek: { max: 60 },
} as const;

export type PlausibilityField = 'hourlyRate' | 'hoursPerWeek';

/** One unlikely value. `message` is the Dutch sentence; a screen words `code` and `params` itself. */
export interface PlausibilityFlag {
  code: 'implausible-rate' | 'implausible-hours';
  field: PlausibilityField;
  message: string;
  params: { value: number; min?: number; max: number };
}

/** The flags of a candidate's values; empty when everything is in range or unknown. */
export function plausibilityFlags(candidate: Pick<Candidate, 'hourlyRate' | 'hoursPerWeek'>): PlausibilityFlag[] {
  const flags: PlausibilityFlag[] = [];
  const rate = candidate.hourlyRate;
  const { min, max } = PLAUSIBLE.hourlyRate;
  if (rate !== undefined && (rate < min || rate > max)) {
    flags.push({
      code: 'implausible-rate',
      field: 'hourlyRate',
      params: { value: rate, min, max },
      message: `Een uurtarief van ${euro(rate)} is ongebruikelijk (meestal ${euro(min)} tot ${euro(max)}); kijk of het goed gelezen is.`,
    });
  }
  const hours = candidate.hoursPerWeek;
  const most = PLAUSIBLE.hoursPerWeek.max;
  if (hours !== undefined && hours > most) {
    flags.push({
      code: 'implausible-hours',
      field: 'hoursPerWeek',
      params: { value: hours, max: most },
      message: `${dutch(hours)} uur per week is ongebruikelijk (meer dan ${most}); kijk of het goed gelezen is.`,
    });
  }
  return flags;
}

// The same notation as the screens' money format, so the Dutch screen can show this very sentence.
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });

function euro(n: number): string {
  return EURO.format(n);
}

function dutch(n: number): string {
  return n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}
