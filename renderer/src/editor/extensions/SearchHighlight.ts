import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches } from '../../../../shared/text/findMatches';

/** A match in the body, as document positions. */
export interface SearchMatch {
  from: number;
  to: number;
}

interface SearchState {
  query: string;
  caseSensitive: boolean;
  matches: SearchMatch[];
  current: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    searchHighlight: {
      /** Highlights every occurrence of `query` in the body (empty query: none). */
      setSearch: (query: string, caseSensitive: boolean) => ReturnType;
      /** Selects the next (or previous) occurrence and scrolls to it. */
      goToMatch: (direction: 1 | -1) => ReturnType;
      /** Replaces the current occurrence, keeping the formatting where it starts. */
      replaceMatch: (replacement: string) => ReturnType;
      /** Replaces every occurrence in one undoable step. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

/** The plugin key through which the find panel reads the matches. */
export const searchKey = new PluginKey<SearchState>('searchHighlight');

/** Occurrences of `query` in every textblock: leaf inline nodes count as one character, so offsets map to positions. */
function matchesIn(doc: ProseMirrorNode, query: string, caseSensitive: boolean): SearchMatch[] {
  const matches: SearchMatch[] = [];
  if (!query) return matches;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const start of findMatches(text, query, caseSensitive)) matches.push({ from: pos + 1 + start, to: pos + 1 + start + query.length });
    return false;
  });
  return matches;
}

/** Find and replace in the body: highlights, moves between and replaces occurrences. */
export const SearchHighlight = Extension.create({
  name: 'searchHighlight',

  addCommands() {
    const current = (state: EditorState) => searchKey.getState(state);
    return {
      setSearch:
        (query, caseSensitive) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(searchKey, { query, caseSensitive }));
          return true;
        },
      goToMatch:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const search = current(state);
          if (!search || search.matches.length === 0) return false;
          const index = (search.current + direction + search.matches.length) % search.matches.length;
          const match = search.matches[index] as SearchMatch;
          dispatch?.(
            tr
              .setMeta(searchKey, { current: index })
              .setSelection(TextSelection.create(tr.doc, match.from, match.to))
              .scrollIntoView(),
          );
          return true;
        },
      replaceMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const match = current(state)?.matches[current(state)?.current ?? 0];
          if (!match) return false;
          dispatch?.(tr.insertText(replacement, match.from, match.to));
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const matches = current(state)?.matches ?? [];
          if (matches.length === 0) return false;
          // Its own undo step, never merged with typing just before it.
          closeHistory(tr);
          for (const match of [...matches].reverse()) tr.insertText(replacement, match.from, match.to);
          dispatch?.(tr);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<SearchState>({
        key: searchKey,
        state: {
          init: () => ({ query: '', caseSensitive: false, matches: [], current: 0 }),
          apply(tr, previous, _old, next) {
            const meta = tr.getMeta(searchKey) as Partial<SearchState> | undefined;
            if (!meta && !tr.docChanged) return previous;
            const query = meta?.query ?? previous.query;
            const caseSensitive = meta?.caseSensitive ?? previous.caseSensitive;
            const matches = matchesIn(next.doc, query, caseSensitive);
            const wanted = meta?.current ?? (meta?.query !== undefined ? 0 : previous.current);
            return { query, caseSensitive, matches, current: Math.min(wanted, Math.max(0, matches.length - 1)) };
          },
        },
        props: {
          decorations(state) {
            const search = searchKey.getState(state);
            if (!search || search.matches.length === 0) return DecorationSet.empty;
            return DecorationSet.create(
              state.doc,
              search.matches.map((match, index) =>
                Decoration.inline(match.from, match.to, { class: index === search.current ? 'search-match current' : 'search-match' }),
              ),
            );
          },
        },
      }),
    ];
  },
});
