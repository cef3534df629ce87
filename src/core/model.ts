// The shapes of PRODUCT §9: plain, serialisable data that crosses Worker and IndexedDB boundaries.

export type KnockOutValue = 'pass' | 'fail' | 'unknown';

export type KnockOutRule = { kind: 'max-rate'; max: number } | { kind: 'min-hours'; min: number };

export interface KnockOut {
  id: string;
  text: string;
  rule?: KnockOutRule;
}

export interface Criterion {
  id: string;
  text: string;
  maxPoints: number;
}

export interface Competency {
  id: string;
  name: string;
  description?: string;
}

export type TieBreak = 'lowest-rate' | 'none';

export interface Request {
  id: string;
  number?: string;
  title: string;
  client?: string;
  region?: string;
  hoursPerWeek?: number;
  durationMonths?: number;
  /** ISO date (yyyy-mm-dd) or free text such as "Zo snel mogelijk". */
  start?: string;
  /** ISO 8601 with offset, e.g. 2025-12-22T09:00:00+01:00 */
  deadline?: string;
  questionsDeadline?: string;
  maxRate?: number;
  shortlistSize: number;
  interviewSize?: number;
  tieBreak: TieBreak;
  knockOuts: KnockOut[];
  criteria: Criterion[];
  competencies: Competency[];
  // Extensions beyond §9 (names may be extended; meanings of the above stay).
  education?: string;
  extensionOptions?: string;
  brokerFee?: number;
  maxRateIncludes?: string[];
  professionals?: number;
  offerRequirements?: string[];
}

export interface Candidate {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  hourlyRate?: number;
  hoursPerWeek?: number;
  supplier?: string;
  education?: string;
}

export type CompetencyRating = 'onvoldoende' | 'voldoende' | 'goed';

export interface Evaluation {
  requestId: string;
  candidateId: string;
  knockOuts: Record<string, KnockOutValue>;
  scores: Record<string, number | null>;
  /** Evidence per criterion: where in the CV it is shown. */
  notes?: Record<string, string>;
  competencies?: Record<string, CompetencyRating>;
}

export type StandingStatus = 'shortlist' | 'reserve' | 'eliminated';

export interface Standing {
  candidateId: string;
  total: number;
  complete: boolean;
  rank: number | null;
  status: StandingStatus;
  failedKnockOuts: string[];
  tied: boolean;
  tieAtCutoff: boolean;
  pointsBehindCutoff: number | null;
}

/** An error at the edge of the system: what was wrong, where, and what is accepted. */
export interface InputError {
  code: string;
  /** In Dutch, complete; a screen in another language words the code itself from `params`. */
  message: string;
  params?: Record<string, string | number>;
  line?: number;
  column?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };
