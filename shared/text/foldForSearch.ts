/** A stand-in for ñ while accents are taken off (a private-use character no text holds). */
const enye = '\ue000';

/** One character as search sees it: lower case, without accents or diaeresis, ñ kept apart from n. */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  if (lower === 'ñ') return 'ñ';
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(enye, '');
}

/**
 * Text as the search indexes and queries it, the same for every engine: lower case, accents and diaeresis off
 * ("educación" → "educacion", "pingüino" → "pinguino"), ñ kept ("Añadió" → "añadio", never "anadio").
 */
export function foldForSearch(text: string): string {
  // ASCII folds by lower case alone; every other character through a table filled as characters are met.
  return text.toLowerCase().replace(/[\u0080-\u{10FFFF}]/gu, (character) => {
    let folded = folds.get(character);
    if (folded === undefined) {
      folded = foldCharacter(character);
      folds.set(character, folded);
    }
    return folded;
  });
}

/** Each non-ASCII character met so far, folded (a few hundred at most in the office's languages). */
const folds = new Map<string, string>();

/** The folded text and, for each of its characters, where it came from in the original (to mark hits in the original). */
export function foldWithMap(text: string): { folded: string; source: number[] } {
  let folded = '';
  const source: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    for (let k = 0; k < piece.length; k++) source.push(index);
    folded += piece;
    index += character.length;
  }
  source.push(index);
  return { folded, source };
}
