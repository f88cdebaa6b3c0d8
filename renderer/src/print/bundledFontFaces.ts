import bold from '@expo-google-fonts/montserrat/700Bold/Montserrat_700Bold.ttf?url';
import boldItalic from '@expo-google-fonts/montserrat/700Bold_Italic/Montserrat_700Bold_Italic.ttf?url';
import regular from '@expo-google-fonts/montserrat/400Regular/Montserrat_400Regular.ttf?url';
import italic from '@expo-google-fonts/montserrat/400Regular_Italic/Montserrat_400Regular_Italic.ttf?url';
import type { FontFaceSource } from '../../../shared/print/printCss';

/** The page fonts shipped inside the app's build (Montserrat, SIL Open Font License). */
export const bundledFontFaces: FontFaceSource[] = [
  { family: 'Montserrat', weight: 400, style: 'normal', url: regular },
  { family: 'Montserrat', weight: 400, style: 'italic', url: italic },
  { family: 'Montserrat', weight: 700, style: 'normal', url: bold },
  { family: 'Montserrat', weight: 700, style: 'italic', url: boldItalic },
];
