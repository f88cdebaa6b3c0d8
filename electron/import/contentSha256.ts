import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ImportItem } from '../../shared/domain/importItem';

/** The hash of what an item says (its content as canonical JSON): the same text imported twice has the same one. */
export function contentSha256(item: ImportItem): string {
  return createHash('sha256')
    .update(canonicalize(item.content) ?? '', 'utf8')
    .digest('hex');
}
