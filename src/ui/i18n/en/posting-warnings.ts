// The parser's warnings in English, one key per code (`pw_<code>`).
import type { postingWarnings as nl } from '../nl/posting-warnings';

export const postingWarnings: { [K in keyof typeof nl]: string } = {
  'pw_no-text': 'No text: paste the text of a freelance request.',
  'pw_not-a-posting':
    'No freelance request recognised: no header facts (such as a request number or hours per week) and no requirements or award criteria found.',
  'pw_title-missing': 'Title: not found; enter a title yourself.',
  'pw_client-from-organisation': 'Client: taken from the first sentence about the organisation (“{client}”); please check.',
  'pw_client-from-phrase': 'Client: taken from ‘{phrase}’; please check.',
  'pw_client-first-named': 'Client: the first organisation named (“{client}”) assumed; please check.',
  'pw_client-missing': 'Client: not found in the text; enter it yourself.',
  'pw_hours-range': 'Hours per week: ‘{text}’ is a range; {hours} assumed, please check.',
  'pw_duration-weeks': 'Duration: ‘{text}’ converted to {months} months; please check.',
  'pw_duration-unreadable': 'Duration: ‘{text}’ cannot be read as a number of months.',
  'pw_start-date-in-text': 'Start: ‘{text}’ contains a date; {date} assumed, please check.',
  'pw_deadline-missing': 'Deadline: not found in the text; enter the closing date yourself.',
  'pw_deadline-from-sentence': 'Deadline: taken from ‘{source}’; please check.',
  'pw_deadline-conflict': 'Deadline: ‘{label}’ says {deadline}, but the text mentions ‘{source}’; please check.',
  'pw_deadline-no-time': 'Deadline: no time given with {date}; 00:00 assumed, please check.',
  'pw_deadline-weekday': 'Deadline: the text says {named}, but {date} is a {actual}; please check the date.',
  'pw_questions-deadline-no-time': 'Questions deadline: no time given with {date}; 00:00 assumed, please check.',
  'pw_questions-deadline-weekday': 'Questions deadline: the text says {named}, but {date} is a {actual}; please check the date.',
  'pw_rate-not-called-maximum': 'Maximum hourly rate: ‘{label} {text}’ does not say it is a maximum; {max} taken as the maximum, please check.',
  'pw_rate-conflict': 'Maximum hourly rate: ‘{label}’ says {max}, knock-out {knockOut} says {knockOutMax}; please check.',
  'pw_rate-from-sentence': 'Maximum hourly rate: {max} taken from the sentence ‘{sentence}’; please check.',
  'pw_rate-missing': 'Maximum hourly rate: not found in the text; no rate knock-out was added.',
  'pw_rate-knockout-added': 'Knock-outs: the maximum hourly rate ({max}) was not among the knock-outs; added as knock-out {knockOut}.',
  'pw_fee-percent': 'Fee: the text mentions {percent}%; Shortlist only knows a fee per hour, so enter that yourself.',
  'pw_knockouts-missing': 'Knock-outs: no list of requirements or knock-out criteria found.',
  'pw_criteria-missing': 'Award criteria: no list of wishes or award criteria found.',
  'pw_criterion-no-points': 'Award criterion {position} (“{text}”): no points found; enter the maximum yourself.',
  'pw_points-total': 'Award criteria: the points add up to {total} instead of 100.',
  'pw_price-component':
    'Award criteria: price counts for {points} points; Shortlist cannot score price yet, so it is left out of the criteria (the others add up to {total}).',
  'pw_price-component-percent':
    'Award criteria: price weighs {percent}%; Shortlist cannot score price yet, so it is left out of the criteria (the others add up to {total}).',
  'pw_shortlist-default': 'Shortlist size: not found in the text; {size} assumed, please check.',
  'pw_shortlist-conflict': 'Shortlist size: the text mentions {size} and {other}; {size} assumed, please check.',
  'pw_interview-size-missing': 'Interviews: the text mentions interviews, but not how many candidates are invited; enter the number yourself.',
  'pw_tie-by-lot': 'Equal scores: the text mentions drawing lots; Shortlist keeps tied candidates level, so decide yourself.',
  'pw_tie-missing': 'Equal scores: no rule found in the text; ‘none’ assumed, please check.',
  'pw_client-criteria-default-points': 'Client’s criteria: the text gives no points; {points} per criterion assumed, please check.',
};
