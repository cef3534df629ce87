// Dutch strings of removing a request or the sample data: the questions asked first and what
// was removed. Not part of the app frame's texts: these actions load every text before they ask.
export const removal = {
  deleteRequestConfirm: 'Aanvraag "{title}" verwijderen? De beoordelingen van {n} kandidaten op deze aanvraag gaan verloren; de kandidaten blijven in de pool.',
  deleteRequestConfirm_one: 'Aanvraag "{title}" verwijderen? De beoordeling van {n} kandidaat op deze aanvraag gaat verloren; de kandidaat blijft in de pool.',
  sampleRequestsOne: '1 voorbeeldaanvraag',
  sampleRequestsN: '{n} voorbeeldaanvragen',
  sampleCandidatesOne: '1 verzonnen kandidaat',
  sampleCandidatesN: '{n} verzonnen kandidaten',
  removeSampleConfirm: 'Voorbeeldgegevens verwijderen? Dit verwijdert {requests} met al hun beoordelingen en {candidates}, ook als je ze hebt bewerkt. Je eigen aanvragen en kandidaten blijven staan.',
  removeSampleKept: 'Voorbeeldkandidaten die je op een eigen aanvraag hebt gezet, blijven daar staan ({n}).',
  removeSampleOwnOnSample: 'Eigen kandidaten op een voorbeeldaanvraag blijven in de pool; hun beoordeling op die aanvraag gaat verloren ({n}).',
  sampleRemoved: 'Voorbeeldgegevens verwijderd: {requests} en {candidates}.',
} as const;
