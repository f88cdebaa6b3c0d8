/** Font families bundled with the app; a letterhead chooses among these, never the machine's fonts. */
export const bundledFontFamilies = ['Montserrat'] as const;
