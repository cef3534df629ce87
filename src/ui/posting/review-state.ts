// The state of one review: the draft request, what was refused beside which field, and knock-out
// rules that wait for their number. Nothing here touches the database; Save does, once.
import { createSignal } from 'solid-js';
import type { InputError, PostingProposal, Request, Result } from '../../core';
import type { RuleKind } from '../criteria/edit';
import { inputErrorText } from '../criteria/error-text';
import { withKey } from '../keyed';
import type { Dict } from '../i18n/nl';
import { checkedEdit, draftOf, placeWarnings, type PlacedWarnings } from './posting-form';

type Problem = { text: string; errors: InputError[] };

// Codes the review form words its own way; the rest as on the Criteria tab.
const OWN_ERROR_TEXT: Record<string, keyof Dict> = {
  'invalid-max-points': 'postingErrorMaxPoints',
  'invalid-professionals': 'postingErrorProfessionals',
};

/** The core's messages are Dutch data; the screen speaks the chosen language where it knows the code. */
export function messageOf(error: InputError, text: string): string {
  return inputErrorText(error, text, OWN_ERROR_TEXT);
}

export interface Review {
  draft: () => Request;
  warnings: PlacedWarnings;
  /** Applies an edit; a refused one leaves the draft as it was and its error under `key`. */
  edit: (key: string, text: string, build: (draft: Request) => Result<Request>) => boolean;
  setProblem: (key: string, problem: Problem | null) => void;
  messages: (...keys: string[]) => string[];
  hasProblems: () => boolean;
  /** A rule kind chosen for a knock-out whose number has not been typed yet. */
  ruleDraft: (id: string) => RuleKind | undefined;
  setRuleDraft: (id: string, kind: RuleKind | null) => void;
  pendingRules: () => string[];
}

export function createReview(proposal: PostingProposal): Review {
  const [draft, setDraft] = createSignal<Request>(draftOf(proposal));
  const [problems, setProblems] = createSignal<Record<string, Problem>>({});
  const [ruleDrafts, setRuleDrafts] = createSignal<Record<string, RuleKind>>({});

  const setProblem = (key: string, problem: Problem | null) => setProblems((all) => withKey(all, key, problem));

  return {
    draft,
    warnings: placeWarnings(proposal),
    edit(key, text, build) {
      const next = checkedEdit(draft(), build(draft()));
      if (!next.ok) {
        setProblem(key, { text, errors: next.errors });
        return false;
      }
      setDraft(next.value);
      setProblem(key, null);
      return true;
    },
    setProblem,
    messages: (...keys) =>
      keys.flatMap((key) => {
        const problem = problems()[key];
        return problem ? problem.errors.map((e) => messageOf(e, problem.text)) : [];
      }),
    hasProblems: () => Object.keys(problems()).length > 0,
    ruleDraft: (id) => ruleDrafts()[id],
    setRuleDraft: (id, kind) => setRuleDrafts((all) => withKey(all, id, kind)),
    // A removed knock-out's unfinished rule no longer counts.
    pendingRules: () => Object.keys(ruleDrafts()).filter((id) => draft().knockOuts.some((k) => k.id === id)),
  };
}
