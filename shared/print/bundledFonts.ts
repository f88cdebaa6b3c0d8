/** Font families bundled with the app; a letterhead chooses among these, never the machine's fonts. */
export const bundledFontFamilies = ['Montserrat'] as const;

/** A bundled family's four faces, as package paths (the renderer imports them as assets, the DOCX embeds them). */
export const bundledFontFiles: Record<(typeof bundledFontFamilies)[number], { regular: string; bold: string; italic: string; boldItalic: string }> = {
  Montserrat: {
    regular: '@expo-google-fonts/montserrat/400Regular/Montserrat_400Regular.ttf',
    bold: '@expo-google-fonts/montserrat/700Bold/Montserrat_700Bold.ttf',
    italic: '@expo-google-fonts/montserrat/400Regular_Italic/Montserrat_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/montserrat/700Bold_Italic/Montserrat_700Bold_Italic.ttf',
  },
};
