import type { WordPart } from '../../../shared/review/diffContent';

/** Words of a changed text: added ones underlined (ins), removed ones struck (del), the rest as they are. */
export function WordParts({ parts }: { parts: readonly WordPart[] }) {
  return parts.map((part, k) =>
    part.kind === 'added' ? <ins key={k}>{part.text}</ins> : part.kind === 'removed' ? <del key={k}>{part.text}</del> : <span key={k}>{part.text}</span>,
  );
}
