// The title: the first line that reads like a role name. Portals put notices above it ("Helaas
// is de reactietermijn verlopen …"), and header fields or wrapped sentences are no title either.
import { isFieldLine } from './fields';
import { headingOf } from './sections';
import type { SourceLine } from './text';

const NOTICE = /reactietermijn|verlopen|niet meer mogelijk|gesloten|hartelijk dank|bedankt voor|helaas|expired|closed|no longer possible|thank you for/i;
const LABEL_ONLY = /^(?:inhuuropdracht|inhuuraanvraag|aanvraag|opdracht|vacature|request|assignment|tender|freelance opdracht|nieuwe opdracht)$/i;
const LIST_ITEM = /^(\d{1,2}[.)]|[•*·▪–-])\s/;

/** The first line of the preamble that could be a title, or '' when none is. */
export function findTitle(preamble: SourceLine[]): string {
  for (const line of preamble.slice(0, 40)) {
    const t = line.text.replace(/^#+\s*/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
    if (t === '' || t.length > 120 || /\t|\|/.test(t)) continue;
    if (NOTICE.test(t) || LABEL_ONLY.test(t) || LIST_ITEM.test(t)) continue;
    if (!/^[\p{Lu}\d]/u.test(t) || /[.!?:;,]$/.test(t)) continue;
    if (isFieldLine(t) || headingOf(t)) continue;
    return t;
  }
  return '';
}
