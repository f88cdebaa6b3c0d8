/**
 * True when an SVG draws from itself alone: every reference points inside it (`#id`) or is an inline PNG/JPEG, and it
 * declares no entities and imports nothing. Renderers (resvg, a browser) would otherwise read a file or an address.
 */
export function svgIsSelfContained(svg: string): boolean {
  if (/<!(ENTITY|DOCTYPE)/i.test(svg) || /@import/i.test(svg)) return false;
  for (const [, , value = ''] of svg.matchAll(/\b(?:xlink:)?href\s*=\s*(["'])(.*?)\1/gis)) {
    const target = value.trim();
    if (!target.startsWith('#') && !/^data:image\/(png|jpeg);base64,/i.test(target)) return false;
  }
  for (const [, , value = ''] of svg.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gis)) if (!value.trim().startsWith('#')) return false;
  return true;
}
