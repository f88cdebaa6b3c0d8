/** Acronyms the office uses, with the name to spell out at first use in the body. */
export const knownAcronyms: Record<string, string> = {
  IPN: 'Instituto Politécnico Nacional',
  SEP: 'Secretaría de Educación Pública',
  UNAM: 'Universidad Nacional Autónoma de México',
  UAM: 'Universidad Autónoma Metropolitana',
  CINVESTAV: 'Centro de Investigación y de Estudios Avanzados',
  CONAHCYT: 'Consejo Nacional de Humanidades, Ciencias y Tecnologías',
  CONACYT: 'Consejo Nacional de Ciencia y Tecnología',
  CONALEP: 'Colegio Nacional de Educación Profesional Técnica',
  ESIME: 'Escuela Superior de Ingeniería Mecánica y Eléctrica',
  ESCOM: 'Escuela Superior de Cómputo',
  ESIA: 'Escuela Superior de Ingeniería y Arquitectura',
  UPIICSA: 'Unidad Profesional Interdisciplinaria de Ingeniería y Ciencias Sociales y Administrativas',
  CECYT: 'Centro de Estudios Científicos y Tecnológicos',
  CIC: 'Centro de Investigación en Computación',
  SRE: 'Secretaría de Relaciones Exteriores',
  SEDENA: 'Secretaría de la Defensa Nacional',
  ONU: 'Organización de las Naciones Unidas',
  UNESCO: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
  OCDE: 'Organización para la Cooperación y el Desarrollo Económicos',
  STEM: 'Ciencia, Tecnología, Ingeniería y Matemáticas',
};

/** All-caps words that are not acronyms to spell out: Roman numerals and terms every reader knows. */
export const acronymExceptions = new Set(['OK', 'PDF', 'TV', 'COVID', 'MX', 'EU', 'USA', 'UK', 'CDMX', 'AM', 'PM', 'URL', 'HTML']);
