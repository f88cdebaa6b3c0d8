/** Longest folder name made from Redacta: what every common file system accepts. */
export const maxFolderNameLength = 120;

/**
 * True when `name` can be a new folder's name on Windows, macOS and Linux alike: not empty, not only dots, no path
 * separator, none of the characters Windows refuses, no control character, no trailing dot or space.
 */
export function isValidFolderName(name: string): boolean {
  return (
    name.trim() === name &&
    name.length > 0 &&
    name.length <= maxFolderNameLength &&
    !/^\.+$/.test(name) &&
    !/[\\/:*?"<>|]/.test(name) &&
    ![...name].some((character) => (character.codePointAt(0) ?? 0) < 0x20) &&
    !/[. ]$/.test(name) &&
    !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name)
  );
}
