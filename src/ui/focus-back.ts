// Giving the keyboard back to a button after its action: finishing the open edits first (a field
// commits when it is left) or the button's waiting (disabled) takes the focus off it, to <body>.
// Where the user put the focus meanwhile, it stays.

/** Focuses `button` again when the focus was lost to nowhere and the button is still on the page. */
export function focusBackIfLost(button: HTMLElement | undefined): void {
  if (button?.isConnected && (document.activeElement === null || document.activeElement === document.body)) button.focus();
}
