// Finds the sections of a posting by their headings ("Vereisten / knock-outcriteria",
// "Gunningscriteria", "Competenties", "Award criteria", …). A section runs to the next heading.
import type { SourceLine } from './text';

export type SectionKind =
  | 'preamble'
  | 'knockouts'
  | 'criteria'
  /** Both in one list or table ("Eisen en wensen"): rows with points are criteria. */
  | 'mixed'
  | 'competencies'
  | 'offer'
  | 'fee'
  | 'professionals'
  | 'organisation'
  | 'other';

export interface Section {
  kind: SectionKind;
  heading: string;
  lines: SourceLine[];
}

// List headings may carry more words ("Selectiecriteria te beoordelen door Flextender (weging,
// totaal 100 punten)"), so they match at the start. Order matters: "CV-eisen" before "Eisen".
const PREFIXED: Array<[SectionKind, RegExp]> = [
  ['offer', /^(?:cv|offerte|inschrijvings?|aanbiedings?)[- ]?eisen\b|^eisen aan (?:het|de) (?:cv|offerte|inschrijving)|^(?:submission|cv|offer|tender) requirements\b/i],
  ['competencies', /^(?:gevraagde |vereiste |gewenste )?(?:competenties|competencies|competences|vaardigheden|soft skills)\b/i],
  ['mixed', /^(?:eisen\s*(?:en|&|\/)\s*wensen|knock-?out-?\s*en\s+gunningscriteria|requirements\s+and\s+(?:award|selection)\s+criteria|criteria)$/i],
  ['criteria', /^(?:selectiecriteria|gunningscriteria|beoordelingscriteria|wensen|wenseisen|wenselijke eisen|pluspunten|award criteria|selection criteria|scoring criteria|evaluation criteria|wishes|preferences|nice[- ]to[- ]haves?|desirables?)\b/i],
  ['knockouts', /^(?:vereisten|knock[- ]?out|ko[- ]criteria|eisen\b|harde eisen|minimumeisen|minimale eisen|minimum ?eisen|geschiktheidseisen|requirements|mandatory requirements|minimum requirements|must[- ]haves?)/i],
  ['fee', /^(?:fee|bemiddelingsfee|bemiddelingskosten|broker fee|platformfee)\b/i],
  ['professionals', /^(?:benodigd\s+)?aantal\s+(?:professionals|personen)\b|^number of professionals\b/i],
  ['other', /^(?:stap|step)\s*\d|^uitvoeringsvoorwaarde/i],
];

// All of them in one pattern (they share the flag i): most lines match none, and are told so in
// one search instead of eight.
const ANY_PREFIXED = new RegExp(PREFIXED.map(([, re]) => `(?:${re.source})`).join('|'), 'i');

// Generic headings only count when they stand alone on their line: "Planning" is a heading,
// "Planning en organiseren" (a competency) is not.
const ALONE_NAMES: Array<[SectionKind, string[]]> = [
  // Job-advert headings that hold the requirements and the wishes.
  ['knockouts', ['wat vragen wij', 'wat wij vragen', 'wij vragen', 'functie-eisen', 'functie-eisen', 'what we ask', 'what we ask for']],
  ['criteria', ['wat levert punten op', 'wat strekt tot aanbeveling', 'strekt tot aanbeveling', 'extra punten', 'what earns points']],
  ['organisation', [
    'organisatie', 'de organisatie', 'over de organisatie', 'over ons', 'wie zijn wij', 'opdrachtgever',
    'over de opdrachtgever', 'organisation', 'organization', 'about the organisation',
    'about the organization', 'about us', 'the client', 'client',
  ]],
  ['other', [
    'opdracht', 'de opdracht', 'over de opdracht', 'about the assignment', 'opdrachtomschrijving', 'omschrijving', 'beschrijving', 'projectomschrijving',
    'resultaten', 'werkzaamheden', 'taken', 'afbakening', 'samenwerking', 'beoordeling', 'procedure',
    'selectieprocedure', 'beoordelingsprocedure', 'functieschaal', 'werkdagen', 'planning',
    'overige informatie', 'meer informatie', 'aanvullende informatie', 'contact', 'vragen', 'achtergrond',
    'context', 'profiel', 'functieprofiel', 'wie zoeken wij', 'wat ga je doen',
    'wat bieden wij', 'tarief', 'voorwaarden', 'selectie', 'assignment', 'the assignment', 'description',
    'tasks', 'responsibilities', 'deliverables', 'results', 'assessment', 'selection', 'selection procedure',
    'schedule', 'timeline', 'other information', 'more information', 'additional information',
    'questions', 'background', 'profile', 'conditions', 'working days', 'rate',
  ]],
];

// Every line of a long paste is looked up here; a set answers without walking the list.
const ALONE: Array<[SectionKind, Set<string>]> = ALONE_NAMES.map(([kind, names]) => [kind, new Set(names)]);

export interface Heading {
  kind: SectionKind;
  /** Text after a colon on the heading line ("Competenties: Zelfstandig, Flexibel"). */
  rest: string;
}

/** /^[\p{Lu}\d]/u, decided by the character code for ASCII (every line of a paste is asked). */
function startsUpperOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^\p{Lu}/u.test(text);
}

/** Whether a line is a section heading, and of which kind. */
export function headingOf(line: string): Heading | undefined {
  const trimmed = line.trim();
  // Markdown marks ("## Eisen", "**Wensen**") start with one of these; most lines have none to take off.
  const first = trimmed.charAt(0);
  const t = first === '#' || first === '*' || first === '_' ? trimmed.replace(/^#+\s*/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim() : trimmed;
  if (t === '' || t.length > 100 || t.includes('\t') || t.includes('|')) return undefined;
  if (!startsUpperOrDigit(t) || ',.;'.includes(t.charAt(t.length - 1))) return undefined;
  if (/^(\d{1,2}[.)]|[•*·▪–-])\s/.test(t)) return undefined;
  const colon = t.indexOf(':');
  const head = (colon >= 0 ? t.slice(0, colon) : t).trim();
  const rest = colon >= 0 ? t.slice(colon + 1).trim() : '';
  if (ANY_PREFIXED.test(head)) for (const [kind, re] of PREFIXED) if (re.test(head)) return { kind, rest };
  if (rest !== '') return undefined;
  const alone = head.toLowerCase().replace(/\s*\?$/, '');
  for (const [kind, names] of ALONE) if (names.has(alone)) return { kind, rest };
  return undefined;
}

/** Splits the lines into sections; the lines before the first heading form the preamble. */
export function findSections(lines: SourceLine[]): Section[] {
  const sections: Section[] = [{ kind: 'preamble', heading: '', lines: [] }];
  for (const line of lines) {
    const heading = headingOf(line.text);
    if (heading) {
      const section: Section = { kind: heading.kind, heading: line.text, lines: [] };
      if (heading.rest !== '') section.lines.push({ ...line, raw: heading.rest, text: heading.rest });
      sections.push(section);
    } else {
      sections[sections.length - 1]?.lines.push(line);
    }
  }
  return sections;
}

/** The lines of each section of one kind, section by section (a posting may repeat a heading). */
export function blocksOf(sections: Section[], kind: SectionKind): SourceLine[][] {
  return sections.filter((s) => s.kind === kind).map((s) => s.lines);
}

/** All lines of the sections of one kind, in order (a posting may repeat a heading). */
export function linesOf(sections: Section[], kind: SectionKind): SourceLine[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}
