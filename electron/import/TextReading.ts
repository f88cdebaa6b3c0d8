import type { ImportFormat, ImportRefusal } from '../../shared/domain/importItem';

/** What a file's bytes gave: its kind and its text, or why it gives none. */
export type TextReading = { format: ImportFormat; text: string } | { format: ImportFormat | null; refused: ImportRefusal; line?: number };
