/** Where the working copy stands, as the save indicator shows it. */
export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  /** The office cannot be reached: what was typed is kept on this computer and sent when it answers again. */
  | { kind: 'offline'; keptAt: string }
  | { kind: 'conflict'; message: string /** Who saved meanwhile, when someone else did. */; by: string | null };
