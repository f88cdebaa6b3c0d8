import type { Content } from '../../shared/domain/content';
import { parseSearchQuery } from '../../shared/text/searchQuery';
import { searchableText } from '../../shared/text/searchableText';
import { searchSnippet } from '../../shared/text/searchSnippet';
import type { Handlers } from '../api/Handlers';

/** Finding communiqués: one page at a time, by words and filters, each with an extract where the words are. */
export const searchService: Pick<Handlers, 'findCommuniques'> = {
  findCommuniques: async (query, { repos }) => {
    const terms = parseSearchQuery(query.text ?? '');
    const { items, ...counts } = await repos.search.find(query, terms);
    // Filtered by a person only: the extract shows where their name is.
    const shown = terms.length > 0 ? terms : parseSearchQuery(query.person ? `"${query.person.replace(/"/g, ' ')}"` : '');
    return {
      ...counts,
      items: items.map(({ content, ...item }) => {
        if (shown.length === 0) return { ...item, snippet: null };
        const text = searchableText(JSON.parse(content) as Pick<Content, 'title' | 'summary' | 'body'>);
        // The extract comes from the bullets and body; the title is shown apart.
        return { ...item, snippet: searchSnippet(`${text.summary}\n${text.body}`, shown) };
      }),
    };
  },
};
