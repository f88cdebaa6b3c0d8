import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { ConflictField, MergeChoice } from '../../../shared/review/mergeFields';
import { conflictFields, conflictingFields, mergeField } from '../../../shared/review/mergeFields';
import { useApi } from '../api/ApiContext';
import { type SaveStateStore, useSaveState } from './saveStateStore';

interface ConflictMergeOptions {
  id: number;
  /** The autosave's state: in conflict when it refused a save because another window stored the communiqué since. */
  saveState: SaveStateStore;
  getContent(): Content;
  /** The text this window last stored: a field only one side changed since needs no choice. */
  getBase(): Content | null;
  /** Puts a chosen value into the form (and marks it changed). */
  applyField<F extends ConflictField>(field: F, value: Content[F]): void;
  /** Every field decided: store the result over the other window's revision, which the person has now seen. */
  finish(revision: number): void;
}

/**
 * After a conflict, the other window's stored text field by field: what differs from this window's, and the person's
 * choice for each (theirs, the other's, or both). Nothing is stored until every differing field is decided.
 */
export function useConflictMerge({ id, saveState, getContent, getBase, applyField, finish }: ConflictMergeOptions) {
  const api = useApi();
  const inConflict = useSaveState(saveState, (state) => state.kind === 'conflict');
  const [stored, setStored] = useState<{ content: Content; revision: number } | null>(null);
  const [pending, setPending] = useState<ConflictField[]>([]);
  const [taken, setTaken] = useState<ConflictField[]>([]);
  const [doubled, setDoubled] = useState<ConflictField[]>([]);
  const [saved, setSaved] = useState(false);
  const latest = useRef({ getContent, getBase, applyField, finish });
  latest.current = { getContent, getBase, applyField, finish };

  useEffect(() => {
    if (!inConflict) return setStored(null);
    let current = true;
    void api.getCommunique({ id }).then((result) => {
      if (!current || !result.ok) return;
      const theirs = result.value.content;
      const { differing, onlyTheirs } = sides(latest.current.getBase(), latest.current.getContent(), theirs);
      // What only the other window changed comes in (and is said); what only this one changed stays.
      for (const field of onlyTheirs) {
        const value = mergeField(field, latest.current.getContent(), theirs, 'theirs');
        if (value !== null) latest.current.applyField(field, value);
      }
      setTaken(onlyTheirs);
      setDoubled([]);
      setSaved(false);
      // Nothing both changed: there is nothing to choose.
      if (differing.length === 0) {
        setSaved(true);
        return latest.current.finish(result.value.revision);
      }
      setStored({ content: theirs, revision: result.value.revision });
      setPending(differing);
    });
    return () => {
      current = false;
    };
  }, [api, id, inConflict]);

  const choose = useCallback(
    (field: ConflictField, choice: MergeChoice) => {
      if (!stored) return;
      const value = mergeField(field, latest.current.getContent(), stored.content, choice);
      if (value === null) return;
      if (choice !== 'mine') latest.current.applyField(field, value);
      if (choice === 'both') setDoubled((current) => [...current, field]);
      const left = pending.filter((candidate) => candidate !== field);
      setPending(left);
      if (left.length === 0) {
        setStored(null);
        setSaved(true);
        latest.current.finish(stored.revision);
      }
    },
    [stored, pending],
  );

  return { stored: stored?.content ?? null, pending, taken, doubled, saved, choose };
}

/**
 * Of the fields the two texts hold differently: those both windows changed since the base, and those only the other
 * did. Without a base (a kept text brought back, a draft started here), every field that differs is the person's to decide.
 */
function sides(base: Content | null, mine: Content, theirs: Content): { differing: ConflictField[]; onlyTheirs: ConflictField[] } {
  const changedSinceBase = new Set(base ? conflictingFields(base, mine) : conflictFields);
  const theirsChanged = new Set(base ? conflictingFields(base, theirs) : conflictFields);
  const apart = conflictingFields(mine, theirs).filter((field) => theirsChanged.has(field));
  return { differing: apart.filter((field) => changedSinceBase.has(field)), onlyTheirs: apart.filter((field) => !changedSinceBase.has(field)) };
}

/** A conflict being resolved, as the form holds it. */
export type ConflictMerge = ReturnType<typeof useConflictMerge>;
