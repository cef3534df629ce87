// What the parser was unsure of, as data (PRODUCT §7, §9): a stable code, the field of the
// proposal it concerns, the values a translation needs, and the complete Dutch sentence. Every
// Dutch word of the parser's warnings is written here, once, so a screen in another language can
// word the same code from `params` and place it by `field`, never by reading the sentence.
import type { PostingWarning } from '../model';
import { euro } from './rates';

/** The lists of a request that carry warnings about themselves or about one of their items. */
export type PostingList = 'knockOuts' | 'criteria' | 'competencies' | 'clientCriteria';

/** A field of the proposal, by the Request's own key; one item of a list as "<list>.<id>". */
export type PostingField =
  | 'number' | 'title' | 'client' | 'region' | 'hoursPerWeek' | 'durationMonths' | 'extensionOptions'
  | 'start' | 'education' | 'deadline' | 'questionsDeadline' | 'maxRate' | 'brokerFee' | 'professionals'
  | 'shortlistSize' | 'interviewSize' | 'tieBreak' | 'offerRequirements'
  | PostingList
  | `${PostingList}.${string}`;

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "92,5": numbers in a Dutch sentence have a decimal comma. */
const nl = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/**
 * Per code: its params (numbers as numbers; `date` an ISO date, `deadline` an ISO date-time,
 * weekdays 0 = Sunday, `knockOut` and `position` a 1-based place in the list, `max` an amount in
 * euros) and its Dutch sentence. Quotes from the posting (`text`, `phrase`, `source`, `sentence`,
 * `label`) are the posting's own words and stay as written in any language.
 */
const DUTCH = {
  'no-text': () => 'Geen tekst: plak de tekst van een inhuuropdracht.',
  'not-a-posting': () =>
    'Geen inhuuropdracht herkend: geen kopgegevens (zoals Aanvraagnummer of Uren per week) en geen eisen of gunningscriteria gevonden.',
  'title-missing': () => 'Titel: niet gevonden; vul zelf een titel in.',
  'client-from-organisation': (p: { client: string }) =>
    `Opdrachtgever: afgeleid uit de eerste zin onder 'Organisatie' ("${p.client}"); controleer dit.`,
  'client-from-phrase': (p: { phrase: string; client: string }) => `Opdrachtgever: afgeleid uit '${p.phrase}'; controleer dit.`,
  'client-first-named': (p: { client: string }) =>
    `Opdrachtgever: de eerste genoemde organisatie ("${p.client}") aangenomen; controleer dit.`,
  'client-missing': () => 'Opdrachtgever: niet gevonden in de tekst; vul het zelf in.',
  'hours-range': (p: { text: string; hours: number }) =>
    `Uren per week: '${p.text}' is een bereik; ${nl(p.hours)} aangenomen, controleer dit.`,
  'duration-weeks': (p: { text: string; months: number }) =>
    `Duur: '${p.text}' omgerekend naar ${nl(p.months)} maanden; controleer dit.`,
  'duration-unreadable': (p: { text: string }) => `Duur: '${p.text}' is niet als aantal maanden te lezen.`,
  'start-date-in-text': (p: { text: string; date: string }) =>
    `Start: '${p.text}' bevat een datum; ${p.date} aangenomen, controleer dit.`,
  'deadline-missing': () => 'Deadline: niet gevonden in de tekst; vul de sluitingsdatum zelf in.',
  'deadline-from-sentence': (p: { source: string }) => `Deadline: afgeleid uit '${p.source}'; controleer dit.`,
  'deadline-conflict': (p: { label: string; deadline: string; source: string }) =>
    `Deadline: '${p.label}' zegt ${p.deadline}, maar de tekst noemt '${p.source}'; controleer dit.`,
  'deadline-no-time': (p: { date: string }) =>
    `Deadline: geen tijdstip gevonden bij ${p.date}; 00:00 uur aangenomen, controleer dit.`,
  'deadline-weekday': (p: { date: string; named: number; actual: number }) =>
    `Deadline: de tekst noemt ${WEEKDAYS[p.named]}, maar ${p.date} is een ${WEEKDAYS[p.actual]}; controleer de datum.`,
  'questions-deadline-no-time': (p: { date: string }) =>
    `Vragen stellen tot: geen tijdstip gevonden bij ${p.date}; 00:00 uur aangenomen, controleer dit.`,
  'questions-deadline-weekday': (p: { date: string; named: number; actual: number }) =>
    `Vragen stellen tot: de tekst noemt ${WEEKDAYS[p.named]}, maar ${p.date} is een ${WEEKDAYS[p.actual]}; controleer de datum.`,
  'rate-not-called-maximum': (p: { label: string; text: string; max: number }) =>
    `Maximaal uurtarief: '${p.label} ${p.text}' zegt niet 'maximaal'; ${euro(p.max)} als maximum aangenomen, controleer dit.`,
  'rate-conflict': (p: { label: string; max: number; knockOut: number; knockOutMax: number }) =>
    `Maximaal uurtarief: '${p.label}' zegt ${euro(p.max)}, knock-out ${p.knockOut} zegt ${euro(p.knockOutMax)}; controleer dit.`,
  'rate-from-sentence': (p: { sentence: string; max: number }) =>
    `Maximaal uurtarief: ${euro(p.max)} afgeleid uit de zin '${p.sentence}'; controleer dit.`,
  'rate-missing': () => 'Maximaal uurtarief: niet gevonden in de tekst; er is geen tarief-knock-out toegevoegd.',
  'rate-knockout-added': (p: { max: number; knockOut: number }) =>
    `Knock-outs: het maximale uurtarief (${euro(p.max)}) stond niet bij de knock-outs; als knock-out ${p.knockOut} toegevoegd.`,
  'fee-percent': (p: { percent: number }) =>
    `Fee: de tekst noemt ${nl(p.percent)}%; Shortlist kent alleen een fee per uur, vul die zelf in.`,
  'knockouts-missing': () => 'Knock-outs: geen lijst met eisen of knock-outcriteria gevonden.',
  'criteria-missing': () => 'Gunningscriteria: geen lijst met wensen of gunningscriteria gevonden.',
  'criterion-no-points': (p: { position: number; text: string }) =>
    `Gunningscriterium ${p.position} ("${p.text}"): geen punten gevonden; vul het maximum zelf in.`,
  'points-total': (p: { total: number }) => `Gunningscriteria: de punten tellen op tot ${nl(p.total)} in plaats van 100.`,
  'price-component': (p: { points: number; total: number }) =>
    `Gunningscriteria: de prijs telt voor ${nl(p.points)} punten; Shortlist scoort prijs nog niet, dus die staat niet bij de criteria (de overige tellen op tot ${nl(p.total)}).`,
  'price-component-percent': (p: { percent: number; total: number }) =>
    `Gunningscriteria: de prijs weegt ${nl(p.percent)}%; Shortlist scoort prijs nog niet, dus die staat niet bij de criteria (de overige tellen op tot ${nl(p.total)}).`,
  'shortlist-default': (p: { size: number }) =>
    `Shortlistgrootte: niet gevonden in de tekst; ${p.size} aangenomen, controleer dit.`,
  'shortlist-conflict': (p: { size: number; other: number }) =>
    `Shortlistgrootte: de tekst noemt ${p.size} en ${p.other}; ${p.size} aangenomen, controleer dit.`,
  'interview-size-missing': () =>
    'Aantal gesprekken: de tekst noemt gesprekken, maar niet met hoeveel kandidaten; vul het zelf in.',
  'tie-by-lot': () => 'Bij gelijke score: de tekst noemt loting; Shortlist laat gelijke kandidaten gelijk staan, beslis zelf.',
  'tie-missing': () => "Bij gelijke score: geen regel gevonden in de tekst; 'geen' aangenomen, controleer dit.",
  'client-criteria-default-points': (p: { points: number }) =>
    `Criteria van de opdrachtgever: de tekst geeft geen punten; ${nl(p.points)} per criterium aangenomen, controleer dit.`,
} as const;

export type PostingWarningCode = keyof typeof DUTCH;
type ParamsOf<C extends PostingWarningCode> = Parameters<(typeof DUTCH)[C]> extends [infer P] ? P : Record<string, never>;

/** Every code the parser can emit, for dictionaries and their tests. */
export const POSTING_WARNING_CODES = Object.freeze(Object.keys(DUTCH)) as readonly PostingWarningCode[];

/** One warning; `field` is undefined only for a text that is no posting at all. */
export function postingWarning<C extends PostingWarningCode>(
  code: C,
  field: PostingField | undefined,
  ...rest: ParamsOf<C> extends Record<string, never> ? [] : [params: ParamsOf<C>]
): PostingWarning {
  const params = rest[0] as Record<string, string | number> | undefined;
  const message = (DUTCH[code] as (p: Record<string, string | number> | undefined) => string)(params);
  const warning: PostingWarning = { code, message };
  if (field !== undefined) warning.field = field;
  if (params !== undefined && Object.keys(params).length > 0) warning.params = { ...params };
  return warning;
}
