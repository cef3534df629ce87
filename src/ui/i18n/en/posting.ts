// English strings of the posting screen ("Paste posting").
import type { posting as nl } from '../nl/posting';

export const posting: { [K in keyof typeof nl]: string } = {
  postingIntro: 'Paste the text of a freelance request. Shortlist proposes a request from it, which you check first.',
  postingTextLabel: 'Posting text',
  postingTextHint: 'The whole text, as you received it. Nothing is saved until you save the proposal; if you close this window, the draft stays as long as this page is open.',
  postingShortcut: 'Ctrl+Enter makes the proposal',
  postingMakeProposal: 'Make proposal',
  postingReviewIntro: 'Check the proposal and correct what is wrong. The request is only created when you save.',
  postingCheckThis: 'Please check',
  postingBackToText: 'Edit text',
  postingCancel: 'Close',
  postingDiscard: 'Discard draft',
  postingNumberExists: 'There are already {n} requests {number}: {titles}. Saving makes one more with this number.',
  postingNumberExists_one: 'There is already a request {number}: {titles}. Saving makes a second one with this number.',
  postingSave: 'Save',
  postingSummary: '{knockOuts}, {criteria}, {points}',
  postingCountKnockOut: '{n} knock-out',
  postingCountKnockOuts: '{n} knock-outs',
  postingCountCriterion: '{n} criterion',
  postingCountCriteria: '{n} criteria',
  postingCountPoint: '{n} point',
  postingCountPoints: '{n} points',

  postingFieldProfessionals: 'Number of professionals',
  postingFieldExtension: 'Extension',
  postingFieldEducation: 'Education level',
  postingFieldQuestionsDeadline: 'Questions until (Dutch time)',
  postingFieldBrokerFee: 'Fee per hour (€)',
  postingFieldRateIncludes: 'Max. hourly rate includes',
  postingFieldRateIncludesHint: 'Separated by commas',
  postingFieldOffer: 'Offer requirements',
  postingFieldOfferHint: 'One requirement per line',

  postingRemoveKnockOut: 'Remove knock-out {n}',
  postingRemoveCriterion: 'Remove criterion {n}',
  postingRemoveCompetency: 'Remove competency {n}',

  postingFixErrors: 'Not saved yet: first correct the fields marked in red.',
  postingSaveFailed: 'Saving failed (the browser’s storage refuses); the proposal is still here. Please try again.',
  postingErrorMaxPoints: '"{text}" cannot be a maximum; enter a number greater than 0, with at most 2 decimals.',
  postingErrorProfessionals: '"{text}" cannot be a number of professionals; enter a whole number of 1 or more, or leave it empty.',
};
