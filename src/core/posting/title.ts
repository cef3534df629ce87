// The title: the first line that reads like a role name. Portals put notices above it ("Helaas
// is de reactietermijn verlopen …"), their own name ("Provincie Limburg | Inhuurdesk"), the
// organisation's name or a "Werken bij …" line, and often a label in front of it ("Opdracht:",
// "# Inhuuropdracht …"); a prose header gives number and title at once ("Inhuuraanvraag 52810 –
// Data-analist"). None of those words are part of the title.
import { organisationLine } from './client';
import { isFieldLine } from './fields';
import { headingOf } from './sections';
import type { SourceLine } from './text';

const NOTICE = /reactietermijn|verlopen|niet meer mogelijk|gesloten|hartelijk dank|bedankt voor|helaas|expired|closed|no longer possible|thank you for/i;
const LABEL_ONLY = /^(?:inhuuropdracht|inhuuraanvraag|inhuurverzoek|aanvraag|opdracht|vacature|request|assignment|tender|uitvraag|offerteaanvraag(?: inhuur)?|freelance (?:opdracht|assignment)|nieuwe opdracht)$/i;
// The portal's or desk's own name, never the role.
const DESK = /inhuurdesk|inhuurloket|inhuur via|aanbesteding inhuur|aanbestedingsportaal|offerteaanvraag|\buitvraag\b|\bdas inhuur\b|inhuurplatform/i;
const ASKING = /^(?:werken\s+(?:bij|voor)|working\s+(?:at|for))\s/i;
const LIST_ITEM = /^(\d{1,2}[.)]|[•*·▪–-])\s/;

const LABEL_WORDS = String.raw`inhuuropdracht|inhuuraanvraag|inhuurverzoek|tijdelijke opdracht|freelance opdracht|opdracht|aanvraag|vacature|functie|rol|request|assignment|vacancy|position|role|tender`;
// "Opdracht: Senior X", "Vacature – X"; words that are only labels may stand bare before the title.
const LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS})\s*(?::|[–—]|-(?=\s))\s*|^(?:inhuuropdracht|inhuuraanvraag|inhuurverzoek|vacature|vacancy)\s+(?=\p{Lu})`, 'iu');
// "Inhuuraanvraag 52810 – Data-analist", "Aanvraag 2026-0331: …", "Request 88012 – …".
const PROSE_HEADER = new RegExp(String.raw`^(?:${LABEL_WORDS}|aanvraagnummer|opdrachtnummer)\s+(?:nr\.?\s*|nummer\s+|no\.?\s*)?([A-Za-z]{0,8}[-/]?\d[\w/.-]*?)\s*(?::|[–—|]|-(?=\s))\s*(\S.*)$`, 'iu');

export interface TitleFound {
  title: string;
  /** A number given together with the title in a prose header. */
  number?: string;
}

/** A title without the label in front of it. */
export function withoutLabel(text: string): string {
  return text.replace(LABEL, '').trim();
}

/** Number and title of a prose header, or undefined for any other line. */
export function proseHeader(text: string): TitleFound | undefined {
  const m = PROSE_HEADER.exec(text.trim());
  const number = m?.[1];
  const title = m?.[2]?.trim();
  if (!number || !title || !/\d/.test(number) || !/^[\p{Lu}\d]/u.test(title) || /[.!?]$/.test(title)) return undefined;
  return { number, title };
}

function plain(line: string): string {
  return line.replace(/^#+\s*/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
}

/** The first line of the preamble that could be a title, or '' when none is. */
export function findTitle(preamble: SourceLine[]): TitleFound {
  for (const line of preamble.slice(0, 40)) {
    const t = plain(line.text);
    if (t === '' || t.length > 120 || /\t|\|/.test(t)) continue;
    const header = proseHeader(t);
    if (header) return header;
    if (NOTICE.test(t) || LABEL_ONLY.test(t) || DESK.test(t) || ASKING.test(t) || LIST_ITEM.test(t)) continue;
    if (!/^[\p{Lu}\d]/u.test(t) || /[.!?:;,]$/.test(t)) continue;
    // A field line is no title, unless its label is one ("Vacature: Data Steward").
    if ((isFieldLine(t) && !LABEL.test(t)) || headingOf(t) || organisationLine(t)) continue;
    const title = withoutLabel(t);
    if (title !== '') return { title };
  }
  return { title: '' };
}

/** The prose header among the first lines, for a posting whose title came from a field. */
export function findProseHeader(preamble: SourceLine[]): TitleFound | undefined {
  for (const line of preamble.slice(0, 40)) {
    const header = proseHeader(plain(line.text));
    if (header) return header;
  }
  return undefined;
}
