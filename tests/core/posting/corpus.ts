// The corpus of postings with their expected fields (tests/fixtures/postings/corpus/README.md):
// which files there are, what the parser's proposal looks like in the shape of an expectation,
// and how the two compare field by field. The unit test (corpus.test.ts) and `npm run accuracy`
// (scripts/accuracy.mjs) both use this, so they can never disagree about what counts as a hit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from '../../../src/core/model';
import type { PostingProposal } from '../../../src/core/posting';

export const POSTINGS_DIR = fileURLToPath(new URL('../../fixtures/postings/', import.meta.url));
export const CORPUS_DIR = join(POSTINGS_DIR, 'corpus');

/** Every field an expectation holds, in the order the accuracy table prints them. */
export const FIELDS = [
  'number', 'title', 'client', 'region', 'hoursPerWeek', 'durationMonths', 'extensionOptions', 'start', 'education',
  'deadline', 'questionsDeadline', 'maxRate', 'maxRateIncludes', 'brokerFee', 'professionals', 'shortlistSize',
  'interviewSize', 'tieBreak', 'offerRequirements', 'knockOuts', 'criteria', 'clientCriteria', 'competencies', 'warnings',
] as const;
export type Field = (typeof FIELDS)[number];

type Scalar = Exclude<Field, 'knockOuts' | 'criteria' | 'clientCriteria' | 'competencies' | 'warnings'>;

/** A proposal as an expectation writes it: no ids, no labels, warnings as their sorted codes. */
export type Observed = Partial<Pick<Request, Scalar>> & {
  knockOuts: Array<{ text: string; rule?: Request['knockOuts'][number]['rule'] }>;
  criteria: Array<{ text: string; maxPoints: number }>;
  clientCriteria?: Array<{ text: string; maxPoints: number }>;
  competencies: Array<{ name: string; description?: string }>;
  warnings: string[];
};

/** The file next to a posting: `request` leaves out what the parser must leave undefined (or empty). */
export interface Expectation {
  style: string;
  request: Partial<Omit<Observed, 'warnings'>>;
  warnings: string[];
}

export interface CorpusCase {
  /** Path below tests/fixtures/postings, e.g. "corpus/05-province-prose-header.txt". */
  name: string;
  text: string;
  expected: Expectation;
}

const SCALARS: readonly Scalar[] = FIELDS.filter((f): f is Scalar => !['knockOuts', 'criteria', 'clientCriteria', 'competencies', 'warnings'].includes(f));

export function observe(proposal: PostingProposal): Observed {
  const r = proposal.request;
  const observed: Observed = {
    knockOuts: r.knockOuts.map((k) => (k.rule ? { text: k.text, rule: k.rule } : { text: k.text })),
    criteria: r.criteria.map((c) => ({ text: c.text, maxPoints: c.maxPoints })),
    competencies: r.competencies.map((c) => (c.description === undefined ? { name: c.name } : { name: c.name, description: c.description })),
    warnings: proposal.warnings.map((w) => w.code).sort(),
  };
  if (r.clientCriteria) observed.clientCriteria = r.clientCriteria.map((c) => ({ text: c.text, maxPoints: c.maxPoints }));
  const scalars = observed as Record<string, unknown>;
  for (const field of SCALARS) if (r[field] !== undefined) scalars[field] = r[field];
  return observed;
}

/** What the expectation says for one field; lists the parser always gives default to []. */
export function expectedValue(expected: Expectation, field: Field): unknown {
  if (field === 'warnings') return [...expected.warnings].sort();
  const value = (expected.request as Record<string, unknown>)[field];
  if (value === undefined && (field === 'knockOuts' || field === 'criteria' || field === 'competencies')) return [];
  return value;
}

export function observedValue(observed: Observed, field: Field): unknown {
  return (observed as Record<string, unknown>)[field];
}

/** Deep equality of plain JSON values, where an absent key and `undefined` are the same. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((k) => same(ra[k], rb[k]));
}

export interface FieldResult {
  field: Field;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

export function compare(expected: Expectation, proposal: PostingProposal): FieldResult[] {
  const observed = observe(proposal);
  return FIELDS.map((field) => {
    const want = expectedValue(expected, field);
    const got = observedValue(observed, field);
    return { field, ok: same(want, got), expected: want, actual: got };
  });
}

/** The corpus postings, then the older fixtures (seeds, own-NN) that have an expectation file. */
export function corpusCases(): CorpusCase[] {
  const read = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.expected.json'))))
      .sort()
      .map((f) => ({
        name: prefix + f,
        text: readFileSync(join(dir, f), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expectation,
      }));
  return [...read(CORPUS_DIR, 'corpus/'), ...read(POSTINGS_DIR, '')];
}

/** Posting files in the corpus folder without an expectation: each is a mistake. */
export function postingsWithoutExpectation(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt') && !existsSync(join(CORPUS_DIR, f.replace(/\.txt$/, '.expected.json'))));
}
