// Ids for the change log that sort in the order this device wrote them. The log is read newest
// first by time; changes written in the same millisecond (the cells of one paste, an invitation
// and a rating typed quickly) tie on their time, and random ids put such a tie in a different
// order on every read. A millisecond stamp and a counter in front of the random part keep the
// order of writing; the random part keeps ids from two devices apart.

let lastMs = 0;
let counter = 0;

/** A new change id: `<ms, base 36, 9 wide><counter, base 36, 4 wide>-<uuid>`. */
export function changeId(nowMs: number = Date.now()): string {
  // A clock set back (or two ids in one millisecond) keeps counting from the last stamp.
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = 0;
  } else counter += 1;
  return `${lastMs.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}-${crypto.randomUUID()}`;
}
