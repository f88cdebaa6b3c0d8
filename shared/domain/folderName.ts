/** Longest folder name made from Redacta: what every common file system accepts. */
export const maxFolderNameLength = 120;

/**
 * True when `name` can be a new folder's name on Windows, macOS and Linux alike: not empty, not starting with a dot, no path
 * separator, none of the characters Windows refuses, no control character, no trailing dot or space.
 */
export function isValidFolderName(name: string): boolean {
  return (
    name.trim() === name &&
    name.length > 0 &&
    name.length <= maxFolderNameLength &&
    // A name starting with a dot makes a hidden folder, which the chooser would not show.
    !name.startsWith('.') &&
    !/[\\/:*?"<>|]/.test(name) &&
    ![...name].some((character) => (character.codePointAt(0) ?? 0) < 0x20) &&
    !/[. ]$/.test(name) &&
    !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)
  );
}
