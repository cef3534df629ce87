// Turns the list sections into the request's knock-outs, criteria, competencies and offer
// requirements, with deterministic ids (ko1, cr1, cp1 …) in text order.
import type { Competency, Criterion, KnockOut, PostingWarning } from '../model';
import { splitItems, type Item } from './items';
import { isPriceItem, priceInText } from './price';
import { extractPoints } from './points';
import { findMinHours, findRateCap } from './rates';
import { collapse, joinWrapped, splitSentences, tidyItem, type SourceLine } from './text';
import { postingWarning } from './warnings';

/** Lines of one section, or of each section of a kind: a list ends with its section. */
type Lines = SourceLine[] | SourceLine[][];
const isBlocks = (lines: Lines): lines is SourceLine[][] => Array.isArray(lines[0]);

function itemsOf(lines: Lines, options: { points: boolean }): Item[] {
  return (isBlocks(lines) ? lines : [lines]).flatMap((block) => splitItems(block, options));
}

export function knockOutsOf(lines: Lines, extra: Item[] = []): KnockOut[] {
  return [...itemsOf(lines, { points: false }), ...extra].map((item, i) => {
    const text = tidyItem(item.text);
    const knockOut: KnockOut = { id: `ko${i + 1}`, text };
    const cap = findRateCap(text);
    const minHours = cap ? undefined : findMinHours(text);
    if (cap) knockOut.rule = { kind: 'max-rate', max: cap.max };
    else if (minHours !== undefined) knockOut.rule = { kind: 'min-hours', min: minHours };
    return knockOut;
  });
}

// Codes that mark a criterion with points in a table of both ("G1", "W2", "GC1", "A3").
const CRITERION_CODE = /^(?:G|W|GC|SC|AC|A|WENS|C)[- ]?\d/i;

/**
 * A section that holds both kinds ("Eisen en wensen", one table with K rows and G rows): items
 * with points, or with a criterion's code, are criteria; the others are knock-outs.
 */
export function mixedItemsOf(lines: Lines): { knockOuts: Item[]; criteria: Item[] } {
  const items = itemsOf(lines, { points: true });
  const isCriterion = (item: Item) => item.points !== undefined || extractPoints(item.text) !== undefined || CRITERION_CODE.test(item.marker);
  return { knockOuts: items.filter((i) => !isCriterion(i)), criteria: items.filter(isCriterion) };
}

export interface CriteriaOptions {
  /** Criteria from a mixed section, after the section's own. */
  extra?: Item[];
  /** The running text, where a price weight may stand outside the list ("weging prijs 30%"). */
  body?: string[];
}

export function criteriaOf(lines: Lines, warnings: PostingWarning[], options: CriteriaOptions = {}): Criterion[] {
  const items = [...itemsOf(lines, { points: true }), ...(options.extra ?? [])].map((item) => {
    const inline = extractPoints(item.text);
    return { text: tidyItem(inline?.text ?? item.text), points: item.points ?? inline?.points, percent: (item.points !== undefined ? item.percent : inline?.percent) === true };
  });
  const priced = items.find((item) => isPriceItem(item.text) && item.points !== undefined);
  const criteria = items.filter((item) => item !== priced).map((item, i): Criterion => {
    const id = `cr${i + 1}`;
    if (item.points === undefined) warnings.push(postingWarning('criterion-no-points', `criteria.${id}`, { position: i + 1, text: short(item.text) }));
    return { id, text: item.text, maxPoints: item.points ?? 0 };
  });
  const total = Math.round(criteria.reduce((sum, c) => sum + c.maxPoints, 0) * 100) / 100;
  const price = priced?.points !== undefined ? { weight: priced.points, percent: priced.percent } : criteria.length > 0 ? priceInText(options.body ?? []) : undefined;
  if (price) {
    warnings.push(
      price.percent
        ? postingWarning('price-component-percent', 'criteria', { percent: price.weight, total })
        : postingWarning('price-component', 'criteria', { points: price.weight, total }),
    );
  }
  // Without any points the total says nothing (each criterion has its own warning); with a price
  // component the criteria and the price together make the 100.
  const whole = total + (price?.weight ?? 0);
  if (total > 0 && Math.abs(whole - 100) > 1e-9) warnings.push(postingWarning('points-total', 'criteria', { total }));
  return criteria;
}

const COMPETENCY_SPLIT = /^(.{2,60}?)\s*(?::|\s[–—-]\s)\s*(.+)$/u;

export function competenciesOf(lines: SourceLine[]): Competency[] {
  const nonEmpty = lines.filter((l) => l.text !== '');
  // "Competenties: Zelfstandig, Communicatief, Flexibel" on one line; what follows it is prose.
  const first = nonEmpty[0];
  const names =
    first && first.text.includes(',') && !/[:.]/.test(first.text) && !/^(?:\d{1,2}[.)]|[•*·▪–-])\s/.test(first.text)
      ? first.text.split(/,|\sen\s|\sand\s/).map((n) => n.trim())
      : splitItems(lines, { points: false }).map((item) => collapse(item.text));
  return names
    .filter((n) => n !== '')
    .map((text, i) => {
      const m = COMPETENCY_SPLIT.exec(text);
      const competency: Competency = { id: `cp${i + 1}`, name: tidyItem(m?.[1] ?? text) };
      const description = m?.[2]?.trim();
      if (description) competency.description = description;
      return competency;
    });
}

/** Offer requirements: the section's list items, or else its sentences. */
export function offerRequirementsOf(lines: SourceLine[]): string[] {
  const hasMarkers = lines.some((l) => /^(\d{1,2}[.)]|[•*·▪–-])\s*\S/.test(l.text));
  const parts = hasMarkers
    ? splitItems(lines, { points: false }).map((i) => i.text)
    : splitSentences(joinWrapped(lines.map((l) => l.text)));
  return parts.map(tidyItem).filter((p) => p !== '');
}

function short(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
