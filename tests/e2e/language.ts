// Tells Dutch words in the English interface and English words in the Dutch one (PRODUCT §8: one
// language at a time), after taking out what the user wrote. Pure functions, so the detector itself
// is tested in Node (tests/ui/language-detector.test.ts) before it judges the app.

export type Language = 'nl' | 'en';

// Common words of each language that the other does not use, matched as whole words. Words both
// languages write alike are left out, so a correct interface never trips them: in, is, was, of,
// over, per, week, later, open, status, score, shortlist, reserve, matrix, criteria, import,
// export, filter, details, deadline, start, knock-out, team, server, e-mail, fee, max, min, CSV;
// nor Dutch "met", which English writes for a knock-out that is met.
const DUTCH = `
  de het een van en niet geen voor op aan bij naar uit als maar dan ook nog er dit deze die dat
  wat wie waar hoe je jij jouw u uw ze zij hij wij ons onze om te tot door onder tussen zonder na kan
  kunnen moet moeten mag mogen heeft hebben hebt zijn wordt worden werd waren zal zou wil wilt niets
  iets alle alles elke ieder iedereen meer minder eerst eerste laatste terug opnieuw verder welke ja
  nee nu hier daar zich wel toch gaat staat staan komt weg jaar dag dagen uur uren maand maanden
  punten punt keer stap één twee drie
  aanvraag aanvragen kandidaat kandidaten opslaan bewaren bewaard opgeslagen verwijderen verwijderd
  wijzigen wijziging wijzigingen annuleren geannuleerd sluiten toevoegen toegevoegd kiezen kies
  gekozen bestand bestanden kolom kolommen regel regels rij rijen naam namen uurtarief tarief totaal
  totalen fout fouten gegevens taal gesprek gesprekken beoordeling beoordelingen beoordelaar
  beoordelaars gunning gunnen gegund uitslag uitslagen opdrachtgever opdracht afgevallen afgewezen
  voorlopig grens gelijk gelijke leeg onbekend voldaan onvoldoende voldoende goed terugzetten
  teruggezet samenvoegen samengevoegd vervangen herladen importeren geïmporteerd exporteren kopiëren
  gekopieerd afdrukken omhoog omlaag duur datum zoeken sorteer sorteren ongedaan wissen overal
  verbinden verbroken voorbeeld voorbeeldgegevens opslag blijvend versie nieuwe nieuw bijwerken
  bijgewerkt ongewijzigd overslaan koppelen gekoppeld lijkt leverancier telefoon opleiding
  toelichting onderbouwing uitnodigen uitgenodigd uitnodiging competentie competenties oordeel
  afgerond gehaald bezwaar bezwaartermijn plaats fase verslag zijbalk inklappen uitklappen
  dupliceren kopie grafiek vacaturetekst plakken geplakt voorstel controleer gevonden aangenomen
  herkend tekst tekens getal bedrag verlopen minuten nederlands engels laden klaar mislukt gelukt
  gedownload back-up regio criterium knock-outcriterium knock-outcriteria gunningscriteria
  selectiecriteria shortlistgrootte beste hoogste laagste rang afgesloten onleesbaar ongebruikelijk
  gesynchroniseerd wachtwoord gebruikersnaam serveradres beoordelaar
`;
const ENGLISH = `
  the and not no or for with this that these those from by your you it its be been are has have had
  will would can cannot could must may should all each every more than only yet still when which who
  what where how here there after before into out off on at as if an to do does did we our they them
  their then so up down also any some other others same one two three first last again now please
  yes back new next none nothing
  save saved saving remove removed delete deleted cancel cancelled canceled close add added candidate
  candidates request requests change changes changed file files column columns line lines row rows
  name names rate hourly hours hour points point total totals error errors language interview
  interviews assessor assessors award awarded outcome outcomes client eliminated provisional cut-off
  cutoff tie tied empty unknown pass passed fail failed rating ratings good sufficient insufficient
  restore restored merge merged replace reload copy copied print region duration months month date
  days day weeks search sort undo redo erase everywhere connect disconnect settings select choose
  preview warning sample storage version update updated unchanged skip skipped map mapped supplier
  phone education note notes evidence invite invited invitation competency competencies verdict
  agreed objection period stage place report sidebar collapse expand duplicate chart posting paste
  pasted proposal check found assumed recognised recognized text characters number amount expired
  minutes dutch english loading done ready succeeded downloaded backup criterion best highest lowest
  rank unreadable unusual sync password username
`;

const words = (list: string) => new Set(list.trim().split(/\s+/));
const LISTS: Record<Language, ReadonlySet<string>> = { nl: words(DUTCH), en: words(ENGLISH) };

/**
 * The words of a text, lower case: letters with inner hyphens and apostrophes ("knock-out",
 * "auto's"); an identifier in camel case counts as its words ("hourlyRate": hourly, rate).
 */
export function tokens(text: string): string[] {
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return (spaced.match(/\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
}

/** The words of `language` in a text (for an English interface: its Dutch words), in order. */
export function wordsOf(language: Language, text: string): string[] {
  const list = LISTS[language];
  return tokens(text).filter((w) => list.has(w));
}

/**
 * A file name as words: its parts between "-", "_" and "." (shortlist-25924-2026-11-22.csv), with
 * a hyphenated word of either list kept whole ("shortlist-back-up-…": shortlist, back-up).
 */
export function fileNameText(name: string): string {
  const parts = name.split(/[-_.\s]+/).filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const joined = `${parts[i]}-${parts[i + 1] ?? ''}`.toLowerCase();
    if (i + 1 < parts.length && (LISTS.nl.has(joined) || LISTS.en.has(joined))) words.push(`${parts[i]}-${parts[++i]}`);
    else words.push(parts[i] as string);
  }
  return words.join(' ');
}

export const other = (language: Language): Language => (language === 'nl' ? 'en' : 'nl');

const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const USER = '«user»';

/**
 * What the user wrote, to be taken out of the interface's text before it is judged: the texts of
 * their requests, candidates, notes and files (`strings`, each taken out where it stands whole) and
 * the longer texts they pasted (`sources`: a passage of one, in quotes, is a quotation of the user).
 */
export class UserData {
  #strings: string[] = [];
  #patterns: RegExp[] = [];
  #known = new Set<string>();
  #corpus: string[] = [];
  #joined = '';

  constructor(strings: Iterable<string> = [], sources: Iterable<string> = []) {
    this.add(strings, sources);
  }

  add(strings: Iterable<string>, sources: Iterable<string> = []): void {
    const all = [...strings];
    for (const raw of all) {
      const s = raw.replace(/\s+/g, ' ').trim();
      if (s.length < 2 || this.#strings.includes(s)) continue;
      // A text of only interface words ("Nieuwe aanvraag", a column called "Naam") would hide the
      // same words where the interface shows them: it is taken out only where quoted (below) or
      // where the UI marks it translate="no".
      if (tokens(s).every((w) => LISTS.nl.has(w) || LISTS.en.has(w))) continue;
      this.#strings.push(s);
    }
    this.#strings.sort((a, b) => b.length - a.length);
    this.#patterns = this.#strings.map((s) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'));
    for (const text of [...all, ...sources]) {
      const n = normal(text);
      if (n && !this.#known.has(n)) {
        this.#known.add(n);
        this.#corpus.push(n);
      }
    }
    this.#joined = this.#corpus.join('\n');
  }

  /** Whether a passage (or, cut short with "…", its start) is something the user wrote. */
  quotes(passage: string): boolean {
    const q = normal(passage.replace(/\s*…$/, ''));
    return q.length > 0 && this.#joined.includes(q);
  }

  /**
   * The text with the user's own texts replaced by «user»: every stored text where it stands
   * whole, every quotation of what they wrote or gave (a file's cells, a pasted posting), and a
   * text of theirs that the screen cut short with "…" ("Stakeholder…", a column label).
   */
  strip(text: string): string {
    // Record ids (random UUIDs) are no words of either language, though a run of hex digits can
    // spell one ("…48de3b…").
    let out = text.replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, USER);
    out = out.replace(/(["“‘])([^"“”‘’]{1,400}?)(["”’])/g, (whole, _open: string, inner: string) => (this.quotes(inner) ? USER : whole));
    for (const pattern of this.#patterns) out = out.replace(pattern, USER);
    // Cut short: the longest run of words before the "…" that starts a text of the user's.
    return out.replace(/([^\s"“”‘’:;,()][^"“”‘’:;,()…]*?)…/gu, (whole, before: string) => {
      const words = before.split(/\s+/).filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const tail = words.slice(i).join(' ');
        if (tail.length >= 3 && this.quotes(tail)) return `${words.slice(0, i).join(' ')}${i > 0 ? ' ' : ''}${USER}`;
      }
      return whole;
    });
  }
}

export interface Found {
  /** Where the text was found: the stop of the walk, the element, and which of its texts. */
  stop: string;
  where: string;
  source: string;
  text: string;
}

export interface Hit extends Found {
  words: string[];
}

/** The texts among `found` that hold words of the other language than `language`, with those words. */
export function foreignWords(language: Language, found: Found[], user: UserData): Hit[] {
  const hits: Hit[] = [];
  for (const f of found) {
    const stripped = user.strip(f.text);
    const foreign = wordsOf(other(language), stripped);
    if (foreign.length > 0) hits.push({ ...f, text: stripped, words: [...new Set(foreign)] });
  }
  return hits;
}

/** One line per text, at the first stop that showed it (and how many more did): what a failing walk prints. */
export function describeHits(language: Language, hits: Hit[]): string {
  const name = language === 'nl' ? 'English in the Dutch interface' : 'Dutch in the English interface';
  const seen = new Map<string, { hit: Hit; stops: Set<string> }>();
  for (const hit of hits) {
    const key = `${hit.where}|${hit.source}|${hit.text}`;
    const entry = seen.get(key) ?? { hit, stops: new Set<string>() };
    entry.stops.add(hit.stop);
    seen.set(key, entry);
  }
  const lines = [...seen.values()].map(({ hit: h, stops }) => {
    const more = stops.size > 1 ? ` (and ${stops.size - 1} later stop${stops.size > 2 ? 's' : ''})` : '';
    return `  [${h.stop}]${more} ${h.where} (${h.source}): ${h.words.map((w) => `"${w}"`).join(', ')} in «${h.text.slice(0, 200)}»`;
  });
  return `${name}: ${seen.size} text(s)\n${lines.join('\n')}`;
}
