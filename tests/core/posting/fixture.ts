// Reads a posting fixture from tests/fixtures/postings and parses it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePosting, type PostingProposal } from '../../../src/core/posting';

export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/postings/${name}`, import.meta.url)), 'utf8');
}

export function parseFixture(name: string): PostingProposal {
  return parsePosting(fixtureText(name));
}

/** The codes of a proposal's warnings, in the order the parser gave them. */
export function codesOf(proposal: PostingProposal): string[] {
  return proposal.warnings.map((w) => w.code);
}
