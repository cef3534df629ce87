// Reads a pasted request text ("inhuuropdracht") into a proposed request (PRODUCT §7). Nothing
// is invented: what the text does not give stays undefined, and every guess carries a warning
// the consultant sees in the review form before anything is saved.
import { proposeLabels } from '../labels';
import type { Criterion, KnockOut, PostingWarning, Request } from '../model';
import { findClient } from './client';
import { clientCriteriaOf } from './client-round';
import { firstNumber } from './counts';
import { readFields } from './fields';
import { headerOf } from './header';
import { competenciesOf, criteriaOf, knockOutsOf, mixedItemsOf, offerRequirementsOf } from './lists';
import { payOf } from './pay';
import { blocksOf, findSections, linesOf } from './sections';
import { findSelection, findTieBreak } from './selection';
import { flatten, isEnglish, normalise, runningText, toLines } from './text';
import { findProseHeader, findTitle, withoutLabel } from './title';
import { postingWarning, type PostingWarningCode } from './warnings';

export { POSTING_WARNING_CODES } from './warnings';
export type { PostingField, PostingWarningCode } from './warnings';

export type PostingProposal = { request: Omit<Request, 'id'>; warnings: PostingWarning[] };

/**
 * Used when the text names no shortlist size. Five is what these requests forward most often
 * (PRODUCT §1: "the best 5 or 10"), and the type needs a number; a warning always says so.
 */
export const DEFAULT_SHORTLIST_SIZE = 5;

function emptyProposal(code: Extract<PostingWarningCode, 'no-text' | 'not-a-posting'>): PostingProposal {
  return {
    request: { title: '', shortlistSize: DEFAULT_SHORTLIST_SIZE, tieBreak: 'none', knockOuts: [], criteria: [], competencies: [] },
    warnings: [postingWarning(code, undefined)],
  };
}

/** Each item with the short label proposed for it among the others of its list. */
function labelled<T extends KnockOut | Criterion>(items: T[]): T[] {
  const labels = proposeLabels(items.map((item) => item.text));
  return items.map((item, i) => ({ ...item, label: labels[i] ?? item.text.slice(0, 12) }));
}

export function parsePosting(text: string): PostingProposal {
  const lines = toLines(normalise(text));
  const sections = findSections(lines);
  const fields = readFields(lines);
  const { body, paragraphs: texts } = runningText(lines);
  const warnings: PostingWarning[] = [];
  const criteriaWarnings: PostingWarning[] = [];

  const mixed = mixedItemsOf(blocksOf(sections, 'mixed'));
  const knockOuts = knockOutsOf(blocksOf(sections, 'knockouts'), mixed.knockOuts);
  const criteria = criteriaOf(blocksOf(sections, 'criteria'), criteriaWarnings, { extra: mixed.criteria, body: texts });
  if (body === '') return emptyProposal('no-text');
  if (Object.keys(fields).length < 2 && knockOuts.length === 0 && criteria.length === 0) return emptyProposal('not-a-posting');

  const preamble = linesOf(sections, 'preamble');
  // A title field wins; a prose header ("Inhuuraanvraag 52810 – …") may still give the number.
  const { title, number } = fields.title
    ? { title: withoutLabel(fields.title.value), number: findProseHeader(preamble)?.number }
    : findTitle(preamble);
  if (title === '') warnings.push(postingWarning('title-missing', 'title'));
  const client = findClient(fields, flatten(linesOf(sections, 'organisation')), lines.map((l) => l.text));
  if (client.warning) warnings.push(client.warning);
  const header = headerOf(fields, body, warnings, flatten(preamble));

  if (knockOuts.length === 0) warnings.push(postingWarning('knockouts-missing', 'knockOuts'));
  // Adds the max-rate knock-out to `knockOuts` when no listed one states the cap.
  const pay = payOf(fields, knockOuts, texts, flatten(linesOf(sections, 'fee')), warnings, isEnglish(body));
  if (criteria.length === 0) warnings.push(postingWarning('criteria-missing', 'criteria'));
  warnings.push(...criteriaWarnings);

  const professionalsLine = linesOf(sections, 'professionals').find((l) => l.text !== '');
  const professionals = header.professionals ?? (professionalsLine ? firstNumber(professionalsLine.text) : undefined);

  const selection = findSelection(texts);
  warnings.push(...selection.warnings);
  if (selection.shortlistSize === undefined) {
    warnings.push(postingWarning('shortlist-default', 'shortlistSize', { size: DEFAULT_SHORTLIST_SIZE }));
  }
  const tie = findTieBreak(body);
  if (tie.warning) warnings.push(tie.warning);

  const clientCriteria = clientCriteriaOf(sections, warnings);
  const offer = offerRequirementsOf(linesOf(sections, 'offer'));
  const request: Omit<Request, 'id'> = {
    ...(number === undefined ? {} : { number }),
    ...header,
    title,
    ...(client.client === undefined ? {} : { client: client.client }),
    ...pay,
    ...(professionals === undefined ? {} : { professionals }),
    shortlistSize: selection.shortlistSize ?? DEFAULT_SHORTLIST_SIZE,
    ...(selection.interviewSize === undefined ? {} : { interviewSize: selection.interviewSize }),
    tieBreak: tie.tieBreak,
    knockOuts: labelled(knockOuts),
    criteria: labelled(criteria),
    ...(clientCriteria === undefined ? {} : { clientCriteria: labelled(clientCriteria) }),
    competencies: competenciesOf(linesOf(sections, 'competencies')),
    ...(offer.length === 0 ? {} : { offerRequirements: offer }),
  };
  return { request, warnings };
}
