import { z } from 'zod';
import { communiqueIdSchema, communiqueSchema, communiqueSummarySchema } from '../domain/communique';
import { contentInputSchema, contentSchema } from '../domain/content';
import { languageSchema } from '../domain/language';
import { letterheadInputSchema, letterheadSchema, letterheadSummarySchema } from '../domain/letterhead';
import { officeWordSchema } from '../domain/officeWord';
import { auditEntrySchema } from '../domain/auditEntry';
import { commentAnchorSchema, commentBodySchema, commentSchema } from '../domain/comment';
import { isoDateSchema } from '../domain/isoDate';
import { roleSchema } from '../domain/role';
import { actorSchema, newUserSchema, passphraseSchema, userNameSchema, userSchema } from '../domain/user';
import { versionSchema, versionSummarySchema } from '../domain/version';
import { seriesSchema } from '../domain/series';
import { communiqueStatusSchema } from '../domain/status';
import { exportRecordSchema } from '../domain/exportRecord';
import { exportVerdictSchema } from '../domain/exportVerdict';
import { exportFormatSchema } from '../export/exportFormat';
import type { MethodSpec } from './defineMethod';
import { defineMethod } from './defineMethod';
import type { MethodName } from './methodNames';
import { archiveMethods } from './archiveMethods';
import { storeMethods } from './storeMethods';
import { storedIntegerSchema } from '../domain/storedInteger';

export type { MethodName } from './methodNames';
export { isMethodName, methodNames } from './methodNames';

/** Which text an export holds: a version's number, or the working copy; unsaid, the approved version while it stands. */
const exportWhichSchema = z.union([storedIntegerSchema, z.literal('working')]);

/** An absolute folder path on this computer (POSIX, drive letter or UNC). */
const folderPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'absolute path');

/** Every call the UI (and the CLI, and the browser-mode host) can make. Bindings are generated from this object (docs/ARCHITECTURE.md, "How to…"). */
export const contract = {
  getAppInfo: defineMethod({
    summary: 'Version and database file.',
    access: 'read',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), databasePath: z.string(), schemaVersion: z.number().int() }),
  }),
  listSeries: defineMethod({
    summary: 'The series a communiqué can belong to.',
    access: 'read',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.array(seriesSchema),
  }),
  listLetterheads: defineMethod({
    summary: 'Every letterhead, newest validity first, with how many communiqués use each.',
    access: 'read',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.array(letterheadSummarySchema),
  }),
  createLetterhead: defineMethod({
    summary: 'A new letterhead (administrators); communiqués started from its valid-from date on use it.',
    access: 'write',
    roles: ['admin'],
    input: letterheadInputSchema,
    output: letterheadSchema,
  }),
  updateLetterhead: defineMethod({
    summary: 'Changes a letterhead no communiqué uses yet (administrators); a used one is kept as it was.',
    access: 'write',
    roles: ['admin'],
    input: letterheadInputSchema.extend({ id: storedIntegerSchema }).strict(),
    output: letterheadSchema,
  }),
  getLetterhead: defineMethod({
    summary: 'One letterhead: what every page of a communiqué started with it carries.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: storedIntegerSchema }).strict(),
    output: letterheadSchema,
  }),
  listOfficeWords: defineMethod({
    summary: 'The office dictionary, for one language or all.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ language: languageSchema.optional() }).strict(),
    output: z.array(officeWordSchema),
  }),
  addOfficeWord: defineMethod({
    summary: 'Adds a word to the office dictionary; returns that language’s words.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: officeWordSchema.strict(),
    output: z.array(officeWordSchema),
  }),
  listCommuniques: defineMethod({
    summary: 'Communiqués, most recently changed first.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ limit: z.number().int().min(1).max(100_000).optional() }).strict(),
    output: z.array(communiqueSummarySchema),
  }),
  getCommunique: defineMethod({
    summary: 'One communiqué with its working copy.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  createCommunique: defineMethod({
    summary:
      'Starts a draft; missing fields take the series and language defaults. `draftKey` names a draft a desk started while the office could not be reached: the same person creating it again (a retry whose answer was lost) gets the same draft, its text saved if nobody saved it since.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ content: contentInputSchema, draftKey: z.uuid().optional() }).strict(),
    output: communiqueSchema,
  }),
  saveCommunique: defineMethod({
    summary: 'Saves the working copy if nobody saved it since `revision`; never creates a version.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, revision: storedIntegerSchema, content: contentSchema }).strict(),
    output: z.object({ revision: storedIntegerSchema, updatedAt: z.string(), status: communiqueStatusSchema }),
  }),
  createTranslation: defineMethod({
    summary: 'Starts the other-language version of a communiqué, linked to it, with its structure and text to translate.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  getSession: defineMethod({
    summary:
      'Who is working on this session (null before signing in), whether profiles exist, whether backups are made here (a desk’s file) or by an office database’s server, and whether this is an office server (files download to the person’s own computer).',
    access: 'read',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.object({ actor: actorSchema.nullable(), profilesExist: z.boolean(), backupsHere: z.boolean(), office: z.boolean() }),
  }),
  listProfiles: defineMethod({
    summary: 'The active profiles, for the sign-in screen (none to someone not signed in on an office server, where people type their name).',
    access: 'read',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), displayName: z.string() })),
  }),
  signIn: defineMethod({
    summary: 'Opens a session for a profile whose passphrase matches.',
    access: 'write',
    roles: 'public',
    input: z.object({ name: userNameSchema, passphrase: z.string().max(200) }).strict(),
    output: z.object({ session: z.string(), actor: actorSchema }),
  }),
  signOut: defineMethod({
    summary: 'Closes this session.',
    access: 'write',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.object({}),
  }),
  createUser: defineMethod({
    summary: 'Adds a profile: anyone on a workstation without profiles (that first profile is an administrator), else administrators.',
    access: 'write',
    roles: 'public',
    input: newUserSchema,
    output: userSchema,
  }),
  listUsers: defineMethod({
    summary: 'Every profile with its roles (administrators).',
    access: 'read',
    roles: ['admin'],
    input: z.object({}).strict(),
    output: z.array(userSchema),
  }),
  updateUser: defineMethod({
    summary: 'Changes a profile’s name shown, roles, active state or passphrase (administrators); the last administrator stays.',
    access: 'write',
    roles: ['admin'],
    input: z
      .object({
        id: storedIntegerSchema,
        displayName: z.string().trim().min(1).max(80).optional(),
        roles: z.array(roleSchema).min(1).max(4).optional(),
        active: z.boolean().optional(),
        passphrase: passphraseSchema.optional(),
      })
      .strict(),
    output: userSchema,
  }),
  changePassphrase: defineMethod({
    summary: 'Changes one’s own passphrase, given the current one.',
    access: 'write',
    roles: 'everyone',
    input: z.object({ current: z.string().max(200), next: passphraseSchema }).strict(),
    output: z.object({}),
  }),
  listVersions: defineMethod({
    summary: 'The frozen versions of a communiqué, oldest first, with the decision on each.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: z.array(versionSummarySchema),
  }),
  getVersion: defineMethod({
    summary: 'One frozen version with its content.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ versionId: storedIntegerSchema }).strict(),
    output: versionSchema,
  }),
  submitForReview: defineMethod({
    summary: 'Freezes the working copy at `revision` as a new version and puts it in review.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, revision: storedIntegerSchema }).strict(),
    output: communiqueSchema,
  }),
  withdrawSubmission: defineMethod({
    summary: 'Takes a communiqué out of review to edit it again.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  getApprovalNumber: defineMethod({
    summary: 'The number approving the version in review would give: the series’ next, the one it keeps, its original’s, or none.',
    access: 'read',
    roles: ['edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: z.object({
      source: z.enum(['next', 'kept', 'original', 'none']),
      number: storedIntegerSchema.nullable(),
      year: z.number().int().nullable(),
    }),
  }),
  approveVersion: defineMethod({
    summary: 'Approves the version under review, bound to its hash; assigns the series’ next number for the year.',
    access: 'write',
    roles: ['edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, versionId: storedIntegerSchema, sha256: z.string().length(64) }).strict(),
    output: communiqueSchema,
  }),
  requestChanges: defineMethod({
    summary: 'Sends the version under review back with a comment saying what to change.',
    access: 'write',
    roles: ['edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, versionId: storedIntegerSchema, sha256: z.string().length(64), comment: commentBodySchema }).strict(),
    output: communiqueSchema,
  }),
  listComments: defineMethod({
    summary: 'Every review comment of a communiqué, oldest first.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: z.array(commentSchema),
  }),
  addComment: defineMethod({
    summary: 'Comments on a version, on a field, bullet or paragraph, or replies to a comment.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z
      .object({
        id: communiqueIdSchema,
        versionId: storedIntegerSchema,
        anchor: commentAnchorSchema,
        body: commentBodySchema,
        parentId: storedIntegerSchema.optional(),
      })
      .strict(),
    output: commentSchema,
  }),
  resolveComment: defineMethod({
    summary: 'Marks a comment (and its thread) as resolved.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ commentId: storedIntegerSchema }).strict(),
    output: commentSchema,
  }),
  publishCommunique: defineMethod({
    summary: 'Marks the approved version as published on a date (distribution staff).',
    access: 'write',
    roles: ['difusion', 'admin'],
    input: z.object({ id: communiqueIdSchema, publishedOn: isoDateSchema }).strict(),
    output: communiqueSchema,
  }),
  withdrawCommunique: defineMethod({
    summary: 'Withdraws a communiqué before publication; a number it had is voided with the reason.',
    access: 'write',
    roles: ['edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema, reason: commentBodySchema }).strict(),
    output: communiqueSchema,
  }),
  ...archiveMethods,
  ...storeMethods,
  createCorrection: defineMethod({
    summary: 'Starts a correction (fe de erratas) of a published communiqué, linked to it.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  markTranslationSynced: defineMethod({
    summary: 'Records that a translation is up to date with its original’s approved version.',
    access: 'write',
    roles: ['redaccion', 'edicion', 'admin'],
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: communiqueSchema,
  }),
  getInbox: defineMethod({
    summary: 'What waits for this person: to review (not their own), sent back for changes, approved and not published.',
    access: 'read',
    roles: 'everyone',
    input: z.object({}).strict(),
    output: z.object({
      toReview: z.array(communiqueSummarySchema),
      changesRequested: z.array(communiqueSummarySchema),
      approvedUnpublished: z.array(communiqueSummarySchema),
    }),
  }),
  listAudit: defineMethod({
    summary: 'The audit log of one communiqué, or of the whole office (newest first).',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema.optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
    output: z.array(auditEntrySchema),
  }),
  renderExport: defineMethod({
    summary: 'Makes a file of a communiqué (approved version clean; anything else marked BORRADOR), records it, and hands it over to download.',
    access: 'write',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema, format: exportFormatSchema, version: exportWhichSchema.optional() }).strict(),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      base64: z.string(),
      sha256: z.string().length(64),
      draft: z.boolean(),
      record: exportRecordSchema,
    }),
  }),
  exportToFolder: defineMethod({
    summary: 'Makes a file of a communiqué and writes it atomically into the folder chosen; an existing file is replaced or skipped only when asked.',
    access: 'write',
    roles: 'everyone',
    input: z
      .object({
        id: communiqueIdSchema,
        format: exportFormatSchema,
        version: exportWhichSchema.optional(),
        folder: folderPathSchema,
        ifExists: z.enum(['ask', 'replace', 'skip']),
      })
      .strict(),
    output: z.object({ fileName: z.string(), outcome: z.enum(['written', 'replaced', 'skipped']), draft: z.boolean(), record: exportRecordSchema.nullable() }),
  }),
  listFolder: defineMethod({
    summary: 'The folders inside a folder of this computer (the home folder when none is given), to choose where exports go.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ path: folderPathSchema.optional() }).strict(),
    output: z.object({ path: z.string(), parent: z.string().nullable(), home: z.string(), folders: z.array(z.string()), writable: z.boolean() }),
  }),
  makeFolder: defineMethod({
    summary: 'Makes a new folder inside a folder of this computer, to export into it; the store is not touched.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ parent: folderPathSchema, name: z.string().max(1000) }).strict(),
    output: z.object({ path: z.string(), parent: z.string().nullable(), home: z.string(), folders: z.array(z.string()), writable: z.boolean() }),
  }),
  verifyExport: defineMethod({
    summary: 'Says which communiqué and version a file is, or that it was changed since Redacta exported it, or that Redacta never did.',
    access: 'read',
    roles: 'everyone',
    input: z
      .object({
        base64: z
          .string()
          .max(20_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    output: exportVerdictSchema,
  }),
  listExports: defineMethod({
    summary: 'The files exported from a communiqué, newest first.',
    access: 'read',
    roles: 'everyone',
    input: z.object({ id: communiqueIdSchema }).strict(),
    output: z.array(exportRecordSchema),
  }),
} as const satisfies Record<MethodName, MethodSpec>;

/** The contract's type. */
export type Contract = typeof contract;

/** What a method accepts. */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;

/** What a method returns on success. */
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
