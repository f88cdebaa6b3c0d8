/** Verbs a release uses to quote someone, in Spanish and English (past tense, and the participle after "ha"). */
const speech =
  /(?<!\p{L})(?:dijo|afirm[óo]|asegur[óo]|señal[óo]|destac[óo]|explic[óo]|indic[óo]|coment[óo]|subray[óo]|puntualiz[óo]|precis[óo]|expres[óo]|manifest[óo]|detall[óo]|inform[óo]|sostuvo|agreg[óo]|añadi[óo]|resalt[óo]|enfatiz[óo]|declar[óo]|mencion[óo]|apunt[óo]|refiri[óo]|reconoci[óo]|advirti[óo]|consider[óo]|ha (?:dicho|afirmado|asegurado|señalado|destacado|explicado|indicado|comentado|subrayado|puntualizado|precisado|expresado|manifestado|detallado|informado|sostenido|agregado|añadido|resaltado|enfatizado|declarado)|said|stated|noted|added|explained|stressed|highlighted|pointed out|remarked|commented|emphasi[sz]ed|declared|affirmed)(?!\p{L})|[«“"]/iu;

/** Capitalised words that name institutions, places and posts rather than people. */
const notAName = new Set(
  'Instituto Politécnico Nacional Secretaría Universidad Dirección General Centro Ciudad México Mexico Tecnología Educación Pública Gobierno Consejo Coordinación Comunicación Social Unidad Escuela Superior Red Redes Programa Sistema Alianza Pacífico Grupo Técnico Estado Estados Unidos Institute National Polytechnic University Ministry Secretariat Department Office Network City Technology Education Minería Nuevo New Tech SEP IPN CONACYT UNAM Gobernador Director Directora Rector Rectora Secretario Secretaria Presidente Presidenta Doctor Doctora Ingeniero Maestro Maestra Licenciado Licenciada El La Los Las Del En Por Para Con The In On At For With'.split(
    ' ',
  ),
);

/** A person's name: two to five capitalised words, with "de", "del", "la", "y" between them. */
const name = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|del|la|las|los|y|van|von)\s+)?\p{Lu}[\p{Ll}'’-]+){1,4}/gu;

/**
 * The people a text quotes: names in the sentences that quote someone (a verb of saying, or quotation marks), leaving
 * out institutions, places and posts. Indexed apart, so the list can be filtered by the person quoted.
 */
export function quotedPeople(text: string): string[] {
  const found = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?»”])\s+|\n+/)) {
    if (!speech.test(sentence)) continue;
    for (const match of sentence.match(name) ?? []) {
      const words = match.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
      if (words.length >= 2 && !words.some((word) => notAName.has(word))) found.add(match);
    }
  }
  return [...found];
}
