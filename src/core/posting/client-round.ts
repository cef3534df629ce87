// The client's own round (PRODUCT §3.10, "Stap 3"): after the broker's shortlist, the client
// compares the CVs "op de volgende criteria". Those criteria follow that sentence, numbered,
// bulleted or one to a line, with or without points; without points each counts 10, and a
// warning says so.
import type { Criterion, PostingWarning } from '../model';
import { splitItems } from './items';
import { extractPoints } from './points';
import type { Section } from './sections';
import { tidyItem, type SourceLine } from './text';
import { postingWarning } from './warnings';

/** What each client criterion counts when the posting gives no points (PRODUCT §3.10). */
export const DEFAULT_CLIENT_POINTS = 10;

const STEP_3 = /^(?:stap|step|fase|phase)\s*3\b/i;
const INTRO = /\b(?:op|aan\s+de\s+hand\s+van|volgens)\s+de\s+volgende\s+criteria\b|\bon\s+the\s+following\s+criteria\b|\bagainst\s+the\s+following\s+criteria\b/i;
const CLIENT = /\b(?:opdrachtgever|organisatie|klant|client)\b/i;
const MARKED = /^(?:\d{1,2}[.)]|[•*·▪►–-]|[a-h][.)])\s*\S/;

/** The lines after the introduction: a marked list, or plain lines up to the first blank line. */
function itemsAfter(lines: SourceLine[]): Array<{ text: string; points?: number }> {
  const start = lines.findIndex((l) => l.text !== '');
  if (start < 0) return [];
  const rest = lines.slice(start);
  if (MARKED.test(rest[0]?.text ?? '')) return splitItems(rest, { points: true });
  const end = rest.findIndex((l) => l.text === '');
  return (end < 0 ? rest : rest.slice(0, end)).map((l) => ({ text: l.text }));
}

/**
 * The client's criteria, from the step-3 section (or any paragraph in which the client assesses
 * "op de volgende criteria"); undefined when the posting has no such round.
 */
export function clientCriteriaOf(sections: Section[], warnings: PostingWarning[]): Criterion[] | undefined {
  for (const section of sections) {
    if (section.kind !== 'other' && section.kind !== 'preamble') continue;
    const lines = section.lines;
    const at = lines.findIndex((line, i) => {
      if (!INTRO.test(line.text)) return false;
      if (STEP_3.test(section.heading)) return true;
      // The paragraph of the introduction must say who assesses: the client, not the broker.
      let from = i;
      while (from > 0 && (lines[from - 1]?.text ?? '') !== '') from--;
      return lines.slice(from, i + 1).some((l) => CLIENT.test(l.text));
    });
    if (at < 0) continue;
    const items = itemsAfter(lines.slice(at + 1));
    if (items.length === 0) continue;
    let defaulted = false;
    const criteria = items.map((item, i): Criterion => {
      const inline = extractPoints(item.text);
      const points = item.points ?? inline?.points;
      if (points === undefined) defaulted = true;
      return { id: `cc${i + 1}`, text: tidyItem(inline?.text ?? item.text), maxPoints: points ?? DEFAULT_CLIENT_POINTS };
    });
    if (defaulted) warnings.push(postingWarning('client-criteria-default-points', 'clientCriteria', { points: DEFAULT_CLIENT_POINTS }));
    return criteria;
  }
  return undefined;
}
