import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Content } from '../../shared/domain/content';
import { contentSchemaVersion } from '../../shared/domain/version';

/** What a version freezes and a decision is bound to: the content, on which letterhead, in which schema. */
export interface VersionDocument {
  schemaVersion: number;
  letterheadId: number;
  content: Content;
}

/** The document a version of this content on this letterhead freezes. */
export function versionDocument(content: Content, letterheadId: number): VersionDocument {
  return { schemaVersion: contentSchemaVersion, letterheadId, content };
}

/** Canonical JSON (RFC 8785: sorted keys, no spaces): the same bytes wherever it is computed. */
function canonical(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('cannot be serialized as JSON');
  return json;
}

/** The document's canonical JSON, what its hash is computed on. */
export function canonicalJson(document: VersionDocument): string {
  return canonical(document);
}

/** A version's content as stored: canonical JSON, so the stored bytes re-hash to the recorded SHA-256. */
export function canonicalContent(content: Content): string {
  return canonical(content);
}

/** SHA-256 of the canonical JSON, in hex: the hash an approval names. */
export function sha256Of(document: VersionDocument): string {
  return createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');
}
