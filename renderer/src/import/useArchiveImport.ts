import { useCallback, useRef, useState } from 'react';
import type { FileReading, ImportOutcome } from '../../../shared/domain/importItem';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { bytesToBase64 } from '../export/base64';
import type { ImportRow } from './ImportRow';
import { rowsOf } from './ImportRow';

/** Largest file sent to be read (the back end refuses larger ones too). */
export const maxImportBytes = 16 * 1024 * 1024;

/** Where an import stands: reading files, the preview, storing them file by file, or done. */
export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number; file: string }
  | { kind: 'preview' }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; imported: number; skipped: number; failures: { file: string; message: string }[]; cancelled: boolean };

/**
 * The archive import as the person goes through it: files read one by one (with progress), a preview of every
 * communiqué read (editable, duplicates to decide), then each file stored in its own transaction, with progress and a
 * Cancel that stops before the next file.
 */
export function useArchiveImport(onImported: () => void) {
  const api = useApi();
  const describe = useErrorMessage();
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [readings, setReadings] = useState<FileReading[]>([]);
  const [rows, setRows] = useState<ImportRow[]>([]);
  // Why a file could not be read at all (the call failed), by its place in the list.
  const [readErrors, setReadErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const cancelled = useRef(false);

  const read = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const found: FileReading[] = [];
      const errors = new Map<number, string>();
      const unread = (name: string, reason: 'tooLarge' | 'unreadable'): FileReading => ({
        file: name,
        sha256: '0'.repeat(64),
        format: null,
        items: [],
        refused: { reason, line: null },
      });
      for (const [index, file] of files.entries()) {
        setStage({ kind: 'reading', done: index, total: files.length, file: file.name });
        if (file.size > maxImportBytes) {
          found.push(unread(file.name, 'tooLarge'));
          continue;
        }
        const result = await api.readImportFile({ name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
        if (!result.ok) errors.set(index, describe(result.error));
        found.push(result.ok ? result.value : unread(file.name, 'unreadable'));
      }
      setReadErrors(errors);
      setReadings(found);
      setRows(rowsOf(found));
      setStage({ kind: 'preview' });
    },
    [api, describe],
  );

  const start = useCallback(async () => {
    cancelled.current = false;
    // Originals before translations, so an English text finds the Spanish one it translates.
    const files = readings
      .filter((reading) => rows.some((row) => row.reading === reading && row.include))
      .sort((a, b) => Number(a.items[0]?.content.language === 'en') - Number(b.items[0]?.content.language === 'en'));
    const outcome = { imported: 0, skipped: 0, failures: [] as { file: string; message: string }[] };
    for (const [index, reading] of files.entries()) {
      if (cancelled.current) break;
      setStage({ kind: 'importing', done: index, total: files.length });
      const items = rows.filter((row) => row.reading === reading && row.include).map((row) => row.item);
      if (!reading.format) continue;
      const result = await api.importArchiveFile({ file: reading.file, sha256: reading.sha256, format: reading.format, items });
      if (result.ok) {
        const stored: ImportOutcome = result.value;
        outcome.imported += stored.imported.length;
        outcome.skipped += stored.skipped;
      } else outcome.failures.push({ file: reading.file, message: describe(result.error) });
    }
    setStage({ kind: 'done', ...outcome, cancelled: cancelled.current });
    onImported();
  }, [api, describe, onImported, readings, rows]);

  const change = useCallback(
    (key: string, patch: Partial<ImportRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row))),
    [],
  );
  const close = useCallback(() => {
    setStage({ kind: 'idle' });
    setReadings([]);
    setRows([]);
  }, []);
  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  return { stage, readings, readErrors, rows, read, start, change, close, cancel };
}
