// Who the client is. Postings seldom say it in a field, so this reads it, in order of trust,
// from a header field, the first sentence under "Organisatie", a phrase such as "Werken voor de
// Gemeente Westerveld", or the first organisation named anywhere. Every guess is warned about.
import type { PostingWarning } from '../model';
import type { Fields } from './fields';
import { capitalise, splitSentences } from './text';
import { postingWarning } from './warnings';

export interface ClientFound {
  client?: string;
  warning?: PostingWarning;
}

const ORG_NOUN = /(?<![\p{L}])(gemeente|provincie|waterschap|hoogheemraadschap|ministerie|rijkswaterstaat|omgevingsdienst|veiligheidsregio|ggd|samenwerkingsorganisatie|belastingdienst|stichting|uwv|kadaster|municipality|province|city|ministry|water board)(?![\p{L}])/iu;
// Names that end in what they are ("European Maritime Standards Agency", "Dienst Justitiële
// Inrichtingen" does not, "Rijksinspectie Digitale Infrastructuur" does not): only whole lines.
const ORG_TAIL = /^(?:agency|authority|office|bureau|board|institute|agentschap|autoriteit|inspectie|instituut|dienst|directie|kantoor)$/i;
// Names that are complete on their own ("Rijkswaterstaat", "UWV").
const SELF_NAMED = /^(rijkswaterstaat|belastingdienst|uwv|kadaster)$/i;
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'aan', 'op', "'t", 'of', 'en', 'and']);
const NOT_A_NAME = new Set(['de', 'het', 'een', 'wij', 'we', 'onze', 'ons', 'deze', 'dit', 'in', 'bij', 'the', 'our', 'this', 'a']);
const ASKING = /(?:werken\s+(?:voor|bij)|werkzaam\s+(?:voor|bij)|namens|in\s+opdracht\s+van|opdrachtgever\s+is|working\s+for|on\s+behalf\s+of|client\s+is)\s+(?:de\s+|het\s+|the\s+)?/giu;

const capitalised = (word: string) => /^[\p{Lu}\d]/u.test(word);
const bare = (word: string) => word.replace(/[,.;:!?]+$/, '');

/** The name that starts a text: capitalised words, particles between them, an "(ABBR)" after.
 * Returns the name as written; callers capitalise it. */
export function nameAt(text: string, requireNoun: boolean): string | undefined {
  const words = text.trim().split(/\s+/);
  const taken: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^\([\p{Lu}\d&-]{2,10}\)[,.;:]?$/u.test(word) && taken.length > 0) {
      taken.push(bare(word));
      break;
    }
    const isNoun = i === 0 && ORG_NOUN.test(word);
    if (isNoun || capitalised(word)) {
      taken.push(bare(word));
    } else {
      // Particles count only when a capitalised word follows them ("Alphen aan den Rijn").
      let j = i;
      while (j < words.length && PARTICLES.has((words[j] ?? '').toLowerCase())) j++;
      if (taken.length === 0 || j === i || !capitalised(words[j] ?? '')) break;
      taken.push(...words.slice(i, j));
      i = j - 1;
      continue;
    }
    if (bare(word) !== word) break; // a comma or full stop ends the name
  }
  if (taken.length === 0 || NOT_A_NAME.has((taken[0] ?? '').toLowerCase())) return undefined;
  const first = taken[0] ?? '';
  if (requireNoun && !ORG_NOUN.test(first)) return undefined;
  if (taken.length === 1 && ORG_NOUN.test(first) && !SELF_NAMED.test(first)) return undefined;
  return taken.join(' ');
}

/**
 * The organisation a whole line names, as portals put it above the title: "Hoogheemraadschap van
 * Delfzande", "Provincie Limburg | Inhuurdesk", "European Maritime Standards Agency (EMSA-NL, …)".
 * What follows a dash, bar or bracket (the desk, a place) is not part of the name.
 */
export function organisationLine(line: string): string | undefined {
  const head = line.split(/\s+[–—|-]\s+|\s*\(/)[0]?.trim() ?? '';
  if (head === '' || head.length > 80) return undefined;
  const words = head.split(/\s+/);
  const name = nameAt(head, false);
  if (name !== head) return undefined;
  if (ORG_NOUN.test(words[0] ?? '') || (words.length >= 2 && ORG_TAIL.test(words[words.length - 1] ?? ''))) return capitalise(head);
  return undefined;
}

/** The first organisation named in the text ("gemeente Assen", "Provincie Utrecht"). */
function firstOrganisation(text: string): { name: string } | undefined {
  const re = new RegExp(ORG_NOUN.source, 'giu');
  for (const m of text.matchAll(re)) {
    const name = nameAt(text.slice(m.index), true);
    if (name) return { name: capitalise(name) };
  }
  return undefined;
}

/**
 * @param organisation the running text of the "Organisatie" section, if any
 * @param lines the posting's lines; a name is read within one line, so it never runs on into
 *   the next line's heading or field
 */
export function findClient(fields: Fields, organisation: string, lines: string[]): ClientFound {
  if (fields.client) return { client: fields.client.value };
  const first = splitSentences(organisation)[0];
  if (first) {
    const found = firstOrganisation(first)?.name ?? nameAt(first, false);
    if (found) {
      const name = capitalise(found);
      return {
        client: name,
        warning: postingWarning('client-from-organisation', 'client', { client: name }),
      };
    }
  }
  for (const line of lines) {
    for (const m of line.matchAll(ASKING)) {
      const from = m.index + m[0].length;
      const name = nameAt(line.slice(from), false);
      if (name) {
        const phrase = capitalise(line.slice(m.index, from) + name);
        return { client: capitalise(name), warning: postingWarning('client-from-phrase', 'client', { phrase, client: capitalise(name) }) };
      }
    }
  }
  for (const line of lines) {
    const own = organisationLine(line);
    const anywhere = own ? { name: own } : firstOrganisation(line);
    if (anywhere) {
      return {
        client: anywhere.name,
        warning: postingWarning('client-first-named', 'client', { client: anywhere.name }),
      };
    }
  }
  return { warning: postingWarning('client-missing', 'client') };
}
