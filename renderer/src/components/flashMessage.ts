let pending: string | null = null;

/** Leaves a message for the next screen to show once (a save followed by a move to the saved item's address). */
export function putFlash(message: string): void {
  pending = message;
}

/** Takes the message left for this screen, if any; it is shown only once. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
