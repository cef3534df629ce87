// Dutch strings of the posting screen.
export const posting = {
} as const;
