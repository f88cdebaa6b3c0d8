import type { StyleIssue } from './StyleIssue';
import type { TextUnit } from './textUnits';

/** Words that attribute a quotation in the office's Spanish and English copy (`\b` is ASCII-only, hence the lookarounds). */
const attributionWords =
  /(?<!\p{L})(dijo|señal[óo]|afirm[óo]|resalt[óo]|destac[óo]|explic[óo]|indic[óo]|subray[óo]|puntualiz[óo]|expres[óo]|coment[óo]|asegur[óo]|sostuvo|manifest[óo]|agreg[óo]|añadi[óo]|declar[óo]|detall[óo]|enfatiz[óo]|mencion[óo]|refiri[óo]|inform[óo]|anunci[óo]|reconoci[óo]|precis[óo]|insisti[óo]|record[óo]|advirti[óo]|consider[óo]|opin[óo]|asever[óo]|acot[óo]|plante[óo]|apunt[óo]|aclar[óo]|reiter[óo]|confirm[óo]|concluy[óo]|sentenci[óo]|exhort[óo]|según|de acuerdo con|said|says|stated|explained|added|noted|emphasized|highlighted|pointed out|remarked|according to|told|announced|reported|confirmed|recalled|insisted|warned|acknowledged|commented|mentioned|underlined|stressed|affirmed|asserted|concluded)(?!\p{L})/iu;

/** A closing colon followed by a name, as the bullets attribute: "…: Arturo Reyes Sandoval". */
const colonAttribution = /:\s*\p{Lu}[\p{L}.'-]*(\s+(de\s+|del\s+|la\s+)?\p{Lu}[\p{L}.'-]*)+\s*[.]?\s*$/u;

/** Quoted passages of four words or more: “…”, «…» or "…". */
const quotations = /“([^”]*)”|«([^»]*)»|"([^"]*)"/g;

/** A long quotation needs someone to have said it: in the same text, or (for a continued quote) in the text just before. */
export function checkQuoteAttribution(units: readonly TextUnit[]): StyleIssue[] {
  const issues: StyleIssue[] = [];
  units.forEach((unit, position) => {
    if (unit.field === 'place') return;
    const previous = units[position - 1];
    const attributed =
      attributionWords.test(unit.text) ||
      colonAttribution.test(unit.text) ||
      (unit.field === 'body' && previous?.field === 'body' && attributionWords.test(previous.text));
    if (attributed) return;
    for (const match of unit.text.matchAll(quotations)) {
      const quoted = match[1] ?? match[2] ?? match[3] ?? '';
      if (quoted.trim().split(/\s+/).length < 4) continue;
      const start = match.index ?? 0;
      issues.push({
        rule: 'quoteWithoutAttribution',
        severity: 'warning',
        field: unit.field,
        index: unit.field === 'summary' ? unit.index : undefined,
        from: unit.base + start,
        to: unit.base + start + match[0].length,
        values: { quote: quoted.length > 40 ? `${quoted.slice(0, 40)}…` : quoted },
      });
    }
  });
  return issues;
}

/** Opening and closing quotation marks must pair up within each text. */
export function checkQuoteBalance(units: readonly TextUnit[]): StyleIssue[] {
  const issues: StyleIssue[] = [];
  for (const unit of units) {
    const count = (pattern: RegExp) => (unit.text.match(pattern) ?? []).length;
    const curly = count(/“/g) !== count(/”/g);
    const angled = count(/«/g) !== count(/»/g);
    const straight = count(/"/g) % 2 === 1;
    if (curly || angled || straight) {
      issues.push({
        rule: 'unbalancedQuotes',
        severity: 'warning',
        field: unit.field,
        index: unit.field === 'summary' ? unit.index : undefined,
        from: unit.base,
        to: unit.base + unit.text.length,
        values: { excerpt: unit.text.length > 50 ? `${unit.text.slice(0, 50)}…` : unit.text },
      });
    }
  }
  return issues;
}
