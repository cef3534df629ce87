import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting, type PostingProposal, type PostingWarning, type Request } from '../../src/core';
import { createRoot } from 'solid-js';
import { DRAFT_ID, draftOf, placeWarnings, proposalOf, saveProblems, summaryOf } from '../../src/ui/posting/review';
import { sameRequest, withCriterionMaxPoints } from '../../src/ui/request-editor/edit';
import { FIELDS, fieldToInput, withField, type RequestField } from '../../src/ui/request-editor/fields';
import { checkedEdit, createDraftStore } from '../../src/ui/request-editor/store';

const posting = (name: string): PostingProposal => parsePosting(readFileSync(new URL(`../fixtures/postings/${name}`, import.meta.url), 'utf8'));
const SEED_002 = '002_30b003ba387f8f1b.txt';

function proposalWith(warnings: PostingWarning[], overrides: Partial<Request> = {}): PostingProposal {
  return {
    request: { title: 'BI Specialist', shortlistSize: 10, tieBreak: 'lowest-rate', knockOuts: [], criteria: [], competencies: [], ...overrides },
    warnings,
  };
}

const warning = (code: string, field?: string): PostingWarning => ({ code, ...(field ? { field } : {}), message: code });

function edited(draft: Request, field: RequestField, text: string): Request {
  const result = withField(draft, field, text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
  return result.value;
}

describe('the draft', () => {
  it('is the proposal with a placeholder id, and Save hands createRequest the proposal without it', () => {
    const proposal = posting(SEED_002);
    const draft = draftOf(proposal);
    expect(draft.id).toBe(DRAFT_ID);
    expect(proposalOf(draft)).toEqual(proposal.request);
  });

  it('counts the seed 002 posting as 8 knock-outs, 7 criteria and 100 points', () =>
    expect(summaryOf(draftOf(posting(SEED_002)))).toEqual({ knockOuts: 8, criteria: 7, points: 100 }));

  it('an empty proposal (no posting) stays empty: nothing is invented', () => {
    const draft = draftOf(posting('own-12-recipe.txt'));
    expect(summaryOf(draft)).toEqual({ knockOuts: 0, criteria: 0, points: 0 });
    expect(draft.title).toBe('');
    expect(draft.maxRate).toBeUndefined();
  });
});

describe('fields of the form', () => {
  it.each(FIELDS.map((spec) => spec.field))('%s shows the seed 002 value so that committing it unchanged changes nothing', (field) => {
    const draft = draftOf(posting(SEED_002));
    for (const decimalComma of [true, false]) {
      expect(sameRequest(edited(draft, field, fieldToInput(draft, field, decimalComma)), draft)).toBe(true);
    }
  });

  it('shows deadlines as Amsterdam wall-clock time and numbers with a decimal comma in Dutch', () => {
    const draft = draftOf(posting(SEED_002));
    expect(fieldToInput(draft, 'deadline', true)).toBe('2026-06-29T09:00');
    expect(fieldToInput(draft, 'questionsDeadline', true)).toBe('2026-06-25T09:00');
    expect(fieldToInput(draft, 'brokerFee', true)).toBe('2,25');
    expect(fieldToInput(draft, 'brokerFee', false)).toBe('2.25');
    expect(fieldToInput(draft, 'maxRateIncludes', true)).toBe('reiskosten, parkeerkosten, fee');
    expect(fieldToInput(draft, 'offerRequirements', true).split('\n')).toHaveLength(3);
  });

  it('stores the questions deadline with the offset of that day (winter +01:00)', () =>
    expect(edited(draftOf(proposalWith([])), 'questionsDeadline', '2025-12-17T09:00').questionsDeadline).toBe('2025-12-17T09:00:00+01:00'));

  it.each([
    ['brokerFee', '2,25', 2.25],
    ['brokerFee', '€ 3', 3],
    ['professionals', '2', 2],
    ['hoursPerWeek', '16', 16],
  ] as const)('reads %s "%s" as %d', (field, text, value) => expect(edited(draftOf(proposalWith([])), field, text)[field]).toBe(value));

  it.each([
    ['brokerFee', '-1', 'negative'],
    ['brokerFee', 'twee', 'not-a-number'],
    ['professionals', '1,5', 'invalid-professionals'],
    ['professionals', '0', 'invalid-professionals'],
    ['questionsDeadline', '2026-02-30T09:00', 'invalid-date'],
    ['hoursPerWeek', '200', 'too-many-hours'],
  ] as const)('refuses %s "%s" (%s)', (field, text, code) =>
    expect(withField(draftOf(proposalWith([])), field, text)).toMatchObject({ ok: false, errors: [{ code }] }));

  it('splits what the rate includes on commas and the offer requirements on lines', () => {
    const draft = draftOf(proposalWith([]));
    expect(edited(draft, 'maxRateIncludes', ' reiskosten,, fee ').maxRateIncludes).toEqual(['reiskosten', 'fee']);
    expect(edited(draft, 'offerRequirements', 'CV\n\n Drie referenties \n').offerRequirements).toEqual(['CV', 'Drie referenties']);
  });

  it.each(['education', 'extensionOptions', 'brokerFee', 'professionals', 'maxRateIncludes', 'offerRequirements', 'questionsDeadline'] as const)(
    'an emptied %s is removed, not stored as ""',
    (field) => expect(field in edited(draftOf(posting(SEED_002)), field, '  ')).toBe(false),
  );
});

describe('checked edits', () => {
  it('refuse what checkRequest refuses, beside the field just typed', () => {
    const draft = draftOf(posting(SEED_002));
    expect(checkedEdit(draft, withField(draft, 'shortlistSize', '0'))).toMatchObject({ ok: false, errors: [{ code: 'invalid-shortlist-size' }] });
    expect(checkedEdit(draft, withField(draft, 'interviewSize', '2,5'))).toMatchObject({ ok: false, errors: [{ code: 'invalid-interview-size' }] });
  });

  it('do not blame a field for what the draft already lacked (an empty proposal has no title)', () => {
    const draft = draftOf(posting('own-12-recipe.txt'));
    expect(checkedEdit(draft, withField(draft, 'hoursPerWeek', '16'))).toMatchObject({ ok: true, value: { hoursPerWeek: 16 } });
  });

  it('read an ambiguous "1,250" in the language it was typed in', () => {
    const draft = draftOf(posting(SEED_002));
    expect(withField(draft, 'maxRate', '1,250', 'en')).toMatchObject({ ok: true, value: { maxRate: 1250 } });
    expect(withField(draft, 'maxRate', '1,250', 'nl')).toMatchObject({ ok: true, value: { maxRate: 1.25 } });
    expect(withField(draft, 'brokerFee', '1,250', 'en')).toMatchObject({ ok: true, value: { brokerFee: 1250 } });
    expect(withField(draft, 'brokerFee', '1,250', 'nl')).toMatchObject({ ok: true, value: { brokerFee: 1.25 } });
  });

  it('pass an edit that breaks nothing', () => {
    const draft = draftOf(posting(SEED_002));
    expect(checkedEdit(draft, withField(draft, 'shortlistSize', '5'))).toMatchObject({ ok: true, value: { shortlistSize: 5 } });
  });
});

describe('saving', () => {
  it('a proposal without a title cannot be saved until it has one, and the title field says so', () => {
    const draft = draftOf(posting('own-12-recipe.txt'));
    expect(saveProblems(draft)).toMatchObject({ fields: { title: [{ code: 'title-required' }] }, general: [] });
    expect(saveProblems(edited(draft, 'title', 'Recept'))).toEqual({ fields: {}, general: [] });
  });

  it('the seed 002 proposal can be saved as it is', () => expect(saveProblems(draftOf(posting(SEED_002)))).toEqual({ fields: {}, general: [] }));
});

describe('warnings beside their field', () => {
  it.each([
    'title', 'client', 'number', 'region', 'hoursPerWeek', 'durationMonths', 'extensionOptions', 'start', 'education', 'deadline',
    'questionsDeadline', 'maxRate', 'brokerFee', 'professionals', 'shortlistSize', 'interviewSize', 'tieBreak', 'offerRequirements',
  ])('a warning about %s goes beside that field', (field) =>
    expect(placeWarnings(proposalWith([warning('some-code', field)])).fields).toEqual({ [field]: [warning('some-code', field)] }));

  it('places by field, never by the words of the message', () => {
    const misleading: PostingWarning = { code: 'deadline-missing', field: 'deadline', message: 'Titel: lijkt over de titel te gaan.' };
    expect(placeWarnings(proposalWith([misleading])).fields).toEqual({ deadline: [misleading] });
  });

  it('a knock-out the parser added is marked where it stands', () => {
    const proposal = posting('own-07-english.txt');
    const placed = placeWarnings(proposal);
    expect(placed.items.ko4).toMatchObject([{ code: 'rate-knockout-added', params: { knockOut: 4 } }]);
    expect(placed.general).toEqual([]);
  });

  it('a warning about one criterion follows its id', () => {
    const noPoints = warning('criterion-no-points', 'criteria.cr2');
    const proposal = proposalWith([noPoints], {
      criteria: [
        { id: 'cr1', text: 'Azure', maxPoints: 40 },
        { id: 'cr2', text: 'Python', maxPoints: 0 },
      ],
    });
    expect(placeWarnings(proposal).items).toEqual({ cr2: [noPoints] });
  });

  it('a warning about an item that is not in the proposal goes to its list', () =>
    expect(placeWarnings(proposalWith([warning('x', 'criteria.cr9')])).lists).toEqual({ criteria: [warning('x', 'criteria.cr9')] }));

  it('list warnings go to their list; the parser points total gives way to the live one', () => {
    const placed = placeWarnings(posting('own-10-no-rate-cap.txt'));
    expect(placed.lists).toEqual({});
    expect(Object.keys(placed.fields).sort()).toEqual(['brokerFee', 'deadline', 'maxRate', 'shortlistSize', 'tieBreak']);
    expect(placeWarnings(proposalWith([warning('knockouts-missing', 'knockOuts')])).lists).toEqual({
      knockOuts: [warning('knockouts-missing', 'knockOuts')],
    });
  });

  it('a text that is no posting keeps its one warning at the top', () => {
    const placed = placeWarnings(posting('own-12-recipe.txt'));
    expect(placed.general).toMatchObject([{ code: 'not-a-posting' }]);
    expect(placed.fields).toEqual({});
  });

  it("a warning about the client's criteria stands beside that list (the review shows it), not on top", () => {
    const placed = placeWarnings(proposalWith([warning('client-criteria-default-points', 'clientCriteria')]));
    expect(placed.lists.clientCriteria).toHaveLength(1);
    expect(placed.general).toHaveLength(0);
  });

  it('a warning that names no field of the form goes to the top', () =>
    expect(placeWarnings(proposalWith([warning('no-posting')])).general).toHaveLength(1));

  it('every warning of every fixture posting is shown somewhere, except the points total', () => {
    for (const name of ['000_b66ea57ac9e92ed7.txt', SEED_002, 'own-01-eisen-wensen.txt', 'own-08-summer-time.txt', 'own-10-no-rate-cap.txt', 'own-11-glued-and-totals.txt']) {
      const proposal = posting(name);
      const placed = placeWarnings(proposal);
      const shown = [...placed.general, ...Object.values(placed.fields), ...Object.values(placed.lists), ...Object.values(placed.items)].flat();
      const byCode = (a: PostingWarning, b: PostingWarning) => a.message.localeCompare(b.message);
      expect(shown.sort(byCode)).toEqual(proposal.warnings.filter((w) => w.code !== 'points-total').sort(byCode));
    }
  });
});

describe('a review', () => {
  /** A review in its own reactive root, disposed after the test whatever happens. */
  const inRoot = (test: (review: ReturnType<typeof createDraftStore>) => Promise<void> | void) =>
    createRoot(async (dispose) => {
      try {
        await test(createDraftStore(draftOf(posting(SEED_002)), () => []));
      } finally {
        dispose();
      }
    });

  it('a refused edit keeps the draft as it was and says why beside the field', () =>
    inRoot(async (review) => {
      expect(await review.edit('field:hoursPerWeek', 'zestien', (d) => withField(d, 'hoursPerWeek', 'zestien'))).toBe(false);
      expect(review.request().hoursPerWeek).toBe(16);
      expect(review.messages('field:hoursPerWeek')).toEqual(['"zestien" is geen getal; gebruik bijvoorbeeld 75 of 7,5.']);
      expect(review.hasProblems()).toBe(true);
      expect(await review.edit('field:hoursPerWeek', '20', (d) => withField(d, 'hoursPerWeek', '20'))).toBe(true);
      expect(review.request().hoursPerWeek).toBe(20);
      expect(review.hasProblems()).toBe(false);
    }));

  it('a criterion of 0 points is refused and the running total keeps the old points', () =>
    inRoot(async (review) => {
      expect(await review.edit('cr:cr1:max', '0', (d) => withCriterionMaxPoints(d, 'cr1', '0'))).toBe(false);
      expect(summaryOf(review.request()).points).toBe(100);
      expect(await review.edit('cr:cr1:max', '10', (d) => withCriterionMaxPoints(d, 'cr1', '10'))).toBe(true);
      expect(summaryOf(review.request()).points).toBe(90);
    }));

  it('a rule still waiting for its number is pending, unless its knock-out is gone', () =>
    inRoot((review) => {
      review.setRuleDraft('ko1', 'min-hours');
      review.setRuleDraft('gone', 'max-rate');
      expect(review.pendingRules()).toEqual(['ko1']);
      review.setRuleDraft('ko1', null);
      expect(review.pendingRules()).toEqual([]);
    }));
});
