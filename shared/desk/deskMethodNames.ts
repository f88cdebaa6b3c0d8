/** The desk's own methods (deskContract), zod-free so the preload can name them. */
export const deskMethodNames = ['getDeskConnection', 'connectToOffice', 'leaveOffice', 'forgetOffice'] as const;

/** A desk method's name. */
export type DeskMethod = (typeof deskMethodNames)[number];

/** Whether `name` is a desk method (a path segment or an IPC argument is checked with this before use). */
export function isDeskMethod(name: string): name is DeskMethod {
  return (deskMethodNames as readonly string[]).includes(name);
}

/** The IPC channel of a desk method; main and preload both derive it. */
export function deskChannel(method: DeskMethod): string {
  return `redacta-desk:${method}`;
}

/** The IPC channels of the office's live stream passed on to a desk's page: open, close, and each message back. */
export const liveChannels = { open: 'redacta-live:open', close: 'redacta-live:close', message: 'redacta-live:message' } as const;

/** One message of a live stream passed on over IPC: its HTTP status first, then its text as it comes, then its end. */
export type LiveMessage = { status: number } | { chunk: string } | { end: true };
