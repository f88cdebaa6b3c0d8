import { z } from 'zod';
import { archiveEntrySchema } from '../domain/archiveEntry';
import { commentBodySchema } from '../domain/comment';
import { communiquePageSchema, communiqueQuerySchema } from '../domain/communiqueQuery';
import { fileReadingSchema, importFormatSchema, importItemSchema, importOutcomeSchema } from '../domain/importItem';
import { numberEntrySchema } from '../domain/numberEntry';
import { numberingSchema } from '../domain/numbering';
import { seriesIdSchema } from '../domain/series';
import { defineMethod } from './defineMethod';
import { maxStoredInteger, storedIntegerSchema } from '../domain/storedInteger';

/** The archive's calls: finding communiqués, the number log and the office's own numbering, importing and writing out the archive. */
export const archiveMethods = {
  findCommuniques: defineMethod({
    summary: 'One page of communiqués: by words (accents ignored, ñ kept, prefixes and phrases), filters and order, with how many in all.',
    access: 'read',
    roles: 'everyone',
    input: communiqueQuerySchema,
    output: communiquePageSchema,
  }),
  voidNumber: defineMethod({
    summary: 'Voids an assigned number with a reason: it stays in the log, is never reused, and its communiqué is withdrawn.',
    access: 'write',
    roles: ['edicion', 'admin'],
    input: z.object({ series: seriesIdSchema, year: z.number().int().min(1900).max(9999), number: storedIntegerSchema, reason: commentBodySchema }).strict(),
    output: numberEntrySchema,
  }),
  listNumbers: defineMethod({
    summary: 'The number log of a series for a year: assigned and voided, by whom.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ series: seriesIdSchema, year: z.number().int().min(1900).max(9999) }).strict(),
    output: z.array(numberEntrySchema),
  }),
  listNumberYears: defineMethod({
    summary: 'The years a series has numbers in, newest first.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ series: seriesIdSchema }).strict(),
    output: z.array(z.number().int()),
  }),
  getNumbering: defineMethod({
    summary: 'Where a series’ numbering stands for a year: its next number and the numbers stated as issued outside Redacta.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ series: seriesIdSchema, year: z.number().int().min(1900).max(9999) }).strict(),
    output: numberingSchema,
  }),
  continueNumbering: defineMethod({
    summary: 'States that a series’ numbers before `next` were issued outside Redacta that year: they are never given here.',
    access: 'write',
    roles: ['admin'],
    input: z
      .object({
        series: seriesIdSchema,
        year: z.number().int().min(1900).max(9999),
        next: z.number().int().min(2).max(1_000_000),
        reason: commentBodySchema,
      })
      .strict(),
    output: numberingSchema,
  }),
  readImportFile: defineMethod({
    summary: 'Reads one file to import (text, Word, PDF, web page or archive lines) and says what it holds, checked against the archive; stores nothing.',
    access: 'read',
    roles: ['admin'],
    input: z
      .object({
        name: z.string().min(1).max(400),
        /** The file's bytes in base64 (16 MB at most once decoded). */
        data: z.string().max(22_400_000),
      })
      .strict(),
    output: fileReadingSchema,
  }),
  importArchiveFile: defineMethod({
    summary: 'Stores what one file gave, as the preview left it, in one transaction: published archive items marked as imported, their numbers in the log.',
    access: 'write',
    roles: ['admin'],
    input: z
      .object({
        file: z.string().min(1).max(400),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        format: importFormatSchema,
        items: z.array(importItemSchema).min(1).max(200_000),
      })
      .strict(),
    output: importOutcomeSchema,
  }),
  exportArchivePage: defineMethod({
    summary: 'The archive a page at a time, in id order, as archive lines (content, own number and year, status, publication, links).',
    access: 'read',
    roles: ['admin'],
    input: z.object({ afterId: z.number().int().min(0).max(maxStoredInteger), limit: z.number().int().min(1).max(1000) }).strict(),
    output: z.object({ entries: z.array(archiveEntrySchema), lastId: z.number().int().min(0) }),
  }),
};
