// The title: no label in front of it, no portal or organisation line above it.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../src/core/posting';
import { findTitle, proseHeader, withoutLabel } from '../../../src/core/posting/title';
import { toLines } from '../../../src/core/posting/text';

describe('withoutLabel', () => {
  it.each([
    ['Opdracht: Senior Projectleider Wegen', 'Senior Projectleider Wegen'],
    ['Functie: Business Analist', 'Business Analist'],
    ['Vacature: Hydroloog Grondwater', 'Hydroloog Grondwater'],
    ['Assignment: Senior Policy Advisor', 'Senior Policy Advisor'],
    ['Tijdelijke opdracht: Coördinator Burgerzaken', 'Coördinator Burgerzaken'],
    ['Inhuuropdracht Privacy Officer', 'Privacy Officer'],
    ['Vacature – Jurist', 'Jurist'],
    ['Opdrachtgever Zaken', 'Opdrachtgever Zaken'],
    ['Functioneel Beheerder', 'Functioneel Beheerder'],
  ])('reads "%s" as "%s"', (text, title) => expect(withoutLabel(text)).toBe(title));
});

describe('proseHeader', () => {
  it.each([
    ['Inhuuraanvraag 52810 – Data-analist', '52810', 'Data-analist'],
    ['Aanvraag 2026-0331: Beleidsmedewerker Stikstof', '2026-0331', 'Beleidsmedewerker Stikstof'],
    ['Request 88012 – Programme Manager', '88012', 'Programme Manager'],
    ['Inhuuropdracht 71234 - Senior Adviseur Grondzaken', '71234', 'Senior Adviseur Grondzaken'],
  ])('reads "%s" as number %s and title "%s"', (text, number, title) => expect(proseHeader(text)).toEqual({ number, title }));

  it.each([['Inhuuraanvraag – Data-analist'], ['Opdracht 2 – de gemeente zoekt iemand.'], ['Data-analist 52810']])(
    'reads no prose header in "%s"',
    (text) => expect(proseHeader(text)).toBeUndefined(),
  );
});

describe('findTitle', () => {
  const title = (text: string) => findTitle(toLines(text)).title;

  it.each([
    ['Provincie Limburg | Inhuurdesk\n\nBeleidsmedewerker Natuur'],
    ['Waterschap De Stroomlanden — Inhuurloket\n\nBeleidsmedewerker Natuur'],
    ['Hoogheemraadschap van Delfzande\n\nBeleidsmedewerker Natuur'],
    ['Ministry of Digital Government\n\nBeleidsmedewerker Natuur'],
    ['European Maritime Standards Agency (Rotterdam office)\n\nBeleidsmedewerker Natuur'],
    ['Werken bij de gemeente Oosterdijk\n\nBeleidsmedewerker Natuur'],
    ['Offerteaanvraag inhuur\n\nBeleidsmedewerker Natuur'],
    ['Helaas is de reactietermijn verlopen.\n\nBeleidsmedewerker Natuur'],
  ])('skips the line above the title in "%s"', (text) => expect(title(text)).toBe('Beleidsmedewerker Natuur'));

  it('gives no title when every line is a notice or a field', () => expect(title('Helaas, gesloten\nRegio Drenthe')).toBe(''));
});

describe('the title of a posting', () => {
  it('drops "Opdracht:" in front of a title field, and reads number and title from a prose header', () => {
    const request = (text: string) => parsePosting(`${text}\n\nRegio: Utrecht\nUren per week: 8\n\nEisen\n- X.`).request;
    expect(request('Opdracht: Senior Jurist').title).toBe('Senior Jurist');
    expect(request('Inhuuraanvraag 52810 – Data-analist')).toMatchObject({ number: '52810', title: 'Data-analist' });
  });
});

describe('a title in a markdown heading', () => {
  it('reads "## Vacature: Data Steward" as the title "Data Steward"', () =>
    expect(parsePosting('## Vacature: Data Steward\n\n| Regio | Utrecht |\n| Uren per week | 20 |\n\nEisen\n- X.').request.title).toBe('Data Steward'));
});
