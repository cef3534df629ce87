// The parser's warnings in Dutch, one key per code (`pw_<code>`, see POSTING_WARNING_CODES in the
// core). The core writes the same sentences itself; these word them again with the locale's dates
// and amounts, so both languages come from one place in the UI.
export const postingWarnings = {
  'pw_no-text': 'Geen tekst: plak de tekst van een inhuuropdracht.',
  'pw_not-a-posting':
    'Geen inhuuropdracht herkend: geen kopgegevens (zoals Aanvraagnummer of Uren per week) en geen eisen of gunningscriteria gevonden.',
  'pw_title-missing': 'Titel: niet gevonden; vul zelf een titel in.',
  'pw_client-from-organisation': 'Opdrachtgever: afgeleid uit de eerste zin onder ‘Organisatie’ (“{client}”); controleer dit.',
  'pw_client-from-phrase': 'Opdrachtgever: afgeleid uit ‘{phrase}’; controleer dit.',
  'pw_client-first-named': 'Opdrachtgever: de eerste genoemde organisatie (“{client}”) aangenomen; controleer dit.',
  'pw_client-missing': 'Opdrachtgever: niet gevonden in de tekst; vul het zelf in.',
  'pw_hours-range': 'Uren per week: ‘{text}’ is een bereik; {hours} aangenomen, controleer dit.',
  'pw_duration-weeks': 'Duur: ‘{text}’ omgerekend naar {months} maanden; controleer dit.',
  'pw_duration-unreadable': 'Duur: ‘{text}’ is niet als aantal maanden te lezen.',
  'pw_start-date-in-text': 'Start: ‘{text}’ bevat een datum; {date} aangenomen, controleer dit.',
  'pw_deadline-missing': 'Deadline: niet gevonden in de tekst; vul de sluitingsdatum zelf in.',
  'pw_deadline-from-sentence': 'Deadline: afgeleid uit ‘{source}’; controleer dit.',
  'pw_deadline-conflict': 'Deadline: ‘{label}’ zegt {deadline}, maar de tekst noemt ‘{source}’; controleer dit.',
  'pw_deadline-no-time': 'Deadline: geen tijdstip gevonden bij {date}; 00:00 uur aangenomen, controleer dit.',
  'pw_deadline-weekday': 'Deadline: de tekst noemt {named}, maar {date} is een {actual}; controleer de datum.',
  'pw_questions-deadline-no-time': 'Vragen stellen tot: geen tijdstip gevonden bij {date}; 00:00 uur aangenomen, controleer dit.',
  'pw_questions-deadline-weekday': 'Vragen stellen tot: de tekst noemt {named}, maar {date} is een {actual}; controleer de datum.',
  'pw_rate-not-called-maximum': 'Maximaal uurtarief: ‘{label} {text}’ zegt niet ‘maximaal’; {max} als maximum aangenomen, controleer dit.',
  'pw_rate-conflict': 'Maximaal uurtarief: ‘{label}’ zegt {max}, knock-out {knockOut} zegt {knockOutMax}; controleer dit.',
  'pw_rate-from-sentence': 'Maximaal uurtarief: {max} afgeleid uit de zin ‘{sentence}’; controleer dit.',
  'pw_rate-missing': 'Maximaal uurtarief: niet gevonden in de tekst; er is geen tarief-knock-out toegevoegd.',
  'pw_rate-knockout-added': 'Knock-outs: het maximale uurtarief ({max}) stond niet bij de knock-outs; als knock-out {knockOut} toegevoegd.',
  'pw_fee-percent': 'Fee: de tekst noemt {percent}%; Shortlist kent alleen een fee per uur, vul die zelf in.',
  'pw_knockouts-missing': 'Knock-outs: geen lijst met eisen of knock-outcriteria gevonden.',
  'pw_criteria-missing': 'Gunningscriteria: geen lijst met wensen of gunningscriteria gevonden.',
  'pw_criterion-no-points': 'Gunningscriterium {position} (“{text}”): geen punten gevonden; vul het maximum zelf in.',
  'pw_points-total': 'Gunningscriteria: de punten tellen op tot {total} in plaats van 100.',
  'pw_price-component':
    'Gunningscriteria: de prijs telt voor {points} punten; Shortlist scoort prijs nog niet, dus die staat niet bij de criteria (de overige tellen op tot {total}).',
  'pw_price-component-percent':
    'Gunningscriteria: de prijs weegt {percent}%; Shortlist scoort prijs nog niet, dus die staat niet bij de criteria (de overige tellen op tot {total}).',
  'pw_shortlist-default': 'Shortlistgrootte: niet gevonden in de tekst; {size} aangenomen, controleer dit.',
  'pw_shortlist-conflict': 'Shortlistgrootte: de tekst noemt {size} en {other}; {size} aangenomen, controleer dit.',
  'pw_interview-size-missing': 'Aantal gesprekken: de tekst noemt gesprekken, maar niet met hoeveel kandidaten; vul het zelf in.',
  'pw_tie-by-lot': 'Bij gelijke score: de tekst noemt loting; Shortlist laat gelijke kandidaten gelijk staan, beslis zelf.',
  'pw_tie-missing': 'Bij gelijke score: geen regel gevonden in de tekst; ‘geen’ aangenomen, controleer dit.',
  'pw_client-criteria-default-points':
    'Criteria van de opdrachtgever: de tekst geeft geen punten; {points} per criterium aangenomen, controleer dit.',
} as const;
