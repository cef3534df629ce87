// English strings of removing a request or the sample data (see nl/removal.ts).
import type { removal as nl } from '../nl/removal';

export const removal: { [K in keyof typeof nl]: string } = {
  deleteRequestConfirm: 'Delete request "{title}"? The evaluations of {n} candidates on this request are lost; the candidates stay in the pool.',
  deleteRequestConfirm_one: 'Delete request "{title}"? The evaluation of {n} candidate on this request is lost; the candidate stays in the pool.',
  sampleRequestsOne: '1 sample request',
  sampleRequestsN: '{n} sample requests',
  sampleCandidatesOne: '1 made-up candidate',
  sampleCandidatesN: '{n} made-up candidates',
  removeSampleConfirm: 'Remove the sample data? This removes {requests} with all their evaluations and {candidates}, also if you edited them. Your own requests and candidates stay.',
  removeSampleKept: 'Sample candidates you put on a request of your own stay there ({n}).',
  removeSampleOwnOnSample: 'Your own candidates on a sample request stay in the pool; their evaluation on that request is lost ({n}).',
  sampleRemoved: 'Sample data removed: {requests} and {candidates}.',
};
