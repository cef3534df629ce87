// The shapes of PRODUCT §9: plain, serialisable data that crosses Worker and IndexedDB boundaries.

export type KnockOutValue = 'pass' | 'fail' | 'unknown';

export type KnockOutRule = { kind: 'max-rate'; max: number } | { kind: 'min-hours'; min: number };

export interface KnockOut {
  id: string;
  text: string;
  /** A short name for the matrix header (≤ 12 characters); the full text shows on hover and focus. */
  label?: string;
  rule?: KnockOutRule;
}

export interface Criterion {
  id: string;
  text: string;
  /** A short name for the matrix header (≤ 12 characters); the full text shows on hover and focus. */
  label?: string;
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
  /** How many professionals are awarded (PRODUCT §3.13); 1 when not given. */
  professionals?: number;
  offerRequirements?: string[];
  /** Step 3, the client's own criteria (PRODUCT §3.10); only shortlisted candidates are scored on them. */
  clientCriteria?: Criterion[];
  /** The award, once decided (PRODUCT §3.13): a stored fact; every outcome is derived from it. */
  award?: Award;
  /**
   * Team mode's independent scoring (PRODUCT §12): each assessor scores on their own sheet, hidden
   * from the others until done; the agreed scores in the evaluations are what ranks.
   */
  independentScoring?: boolean;
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
  /** Step 3: scores on the request's clientCriteria, by their ids (same rules as §3.2). */
  clientScores?: Record<string, number | null>;
  /** ISO 8601: when the candidate was invited to the interview (PRODUCT §3.11). */
  invitedAt?: string;
  /** Step 4: each assessor's rating per competency id (assessor name → competency id → rating). */
  panel?: Record<string, Record<string, CompetencyRating>>;
  /** Step 4: the agreed rating per competency id, which is what counts (PRODUCT §3.12). */
  competencies?: Record<string, CompetencyRating>;
}

/** The award of a request (PRODUCT §3.13): who got it, when, and until when objections may come. */
export interface Award {
  /** Candidate ids. */
  awarded: string[];
  /** ISO 8601. */
  decidedAt: string;
  /** ISO 8601: the end of the objection period ("opschortende termijn"). */
  objectionUntil?: string;
}

/** Where a candidate's procedure stopped, or stands now (PRODUCT §3.13, §9). */
export type Stage = 'knock-out' | 'selection' | 'client' | 'interview' | 'award';

/** Why, as data; the screen and the outcome letters word it in the chosen language. */
export interface Reason {
  code: string;
  params?: Record<string, string | number>;
}

export interface Outcome {
  candidateId: string;
  stage: Stage;
  result: 'out' | 'open' | 'awarded';
  reasons: Reason[];
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

/** What the posting parser was unsure of (PRODUCT §7, §9): data, with the complete Dutch sentence. */
export interface PostingWarning {
  code: string;
  /** The field of the proposal it concerns ("deadline", "maxRate", "knockOuts", "criteria.cr3", …). */
  field?: string;
  params?: Record<string, string | number>;
  /** In Dutch, complete; the review form words `code` with `params` in the chosen language. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };
