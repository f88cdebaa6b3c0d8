import { z } from 'zod';
import { communiqueIdSchema, communiqueSchema, communiqueSummarySchema } from '../domain/communique';
import { contentInputSchema, contentSchema } from '../domain/content';
import { languageSchema } from '../domain/language';
import { letterheadInputSchema, letterheadSchema, letterheadSummarySchema } from '../domain/letterhead';
import { officeWordSchema } from '../domain/officeWord';
import { roleSchema } from '../domain/role';
import { seriesSchema } from '../domain/series';
import { communiqueStatusSchema } from '../domain/status';
import type { MethodSpec } from './defineMethod';
import { defineMethod } from './defineMethod';
import type { MethodName } from './methodNames';

export type { MethodName } from './methodNames';
export { isMethodName, methodNames } from './methodNames';

/** Every call the UI (and the CLI, and the browser-mode host) can make. Bindings are generated from this object. */
export const contract = {
  getAppInfo: defineMethod({
    summary: 'Version, database file and who is working.',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      databasePath: z.string(),
      schemaVersion: z.number().int(),
      actor: z.object({ name: z.string(), roles: z.array(roleSchema), workstation: z.boolean() }),
    }),
  }),
  listSeries: defineMethod({
    summary: 'The series a communiqué can belong to.',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.array(seriesSchema),
  }),
  listLetterheads: defineMethod({
    summary: 'Every letterhead, newest validity first, with how many communiqués use each.',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.array(letterheadSummarySchema),
  }),
  createLetterhead: defineMethod({
    summary: 'A new letterhead (administrators); communiqués started from its valid-from date on use it.',
    roles: ['admin'],
    input: letterheadInputSchema,
    output: letterheadSchema,
  }),
  updateLetterhead: defineMethod({
    summary: 'Changes a letterhead no communiqué uses yet (administrators); a used one is kept as it was.',
    roles: ['admin'],
    input: letterheadInputSchema.extend({ id: z.number().int().positive() }).strict(),
    output: letterheadSchema,
  }),
  getLetterhead: defineMethod({
    summary: 'One letterhead: what every page of a communiqué started with it carries.',
    roles: 'everyone',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: letterheadSchema,
  }),
  listOfficeWords: defineMethod({
    summary: 'The office dictionary, for one language or all.',
    roles: 'everyone',
    input: z.object({ language: languageSchema.optional() }).strict(),
    output: z.array(officeWordSchema),
  }),
  addOfficeWord: defineMethod({
    summary: 'Adds a word to the office dictionary; returns that language’s words.',
    roles: ['redaccion', 'edicion', 'admin'],
    input: officeWordSchema.strict(),
    output: z.array(officeWordSchema),
  }),
  listCommuniques: defineMethod({
    summary: 'Communiqués, most recently changed first.',
    roles: 'everyone',
    input: z.object({ limit: z.number().int().min(1).max(100_000).optional() }).strict(),
    output: z.array(communiqueSummarySchema),
  }),
  getCommunique: defineMethod({
    summary: 'One communiqué with its working copy.',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  createCommunique: defineMethod({
    summary: 'Starts a draft; missing fields take the series and language defaults.',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ content: contentInputSchema }).strict(),
    output: communiqueSchema,
  }),
  saveCommunique: defineMethod({
    summary: 'Saves the working copy if nobody saved it since `revision`; never creates a version.',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, revision: z.number().int().positive(), content: contentSchema }).strict(),
    output: z.object({ revision: z.number().int().positive(), updatedAt: z.string(), status: communiqueStatusSchema }),
  }),
  createTranslation: defineMethod({
    summary: 'Starts the other-language version of a communiqué, linked to it, with its structure and text to translate.',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
} as const satisfies Record<MethodName, MethodSpec>;

/** The contract's type. */
export type Contract = typeof contract;

/** What a method accepts. */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;

/** What a method returns on success. */
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
