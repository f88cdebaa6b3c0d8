/** Neutral stand-ins for the institutions' emblems: plain geometry, no trademarked logo. */
export const placeholderEmblems = {
  left: `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect x="1" y="1" width="58" height="58" rx="6" fill="none" stroke="#6b6b6b" stroke-width="2"/><circle cx="30" cy="30" r="16" fill="none" stroke="#6b6b6b" stroke-width="2"/><path d="M30 14v32M14 30h32" stroke="#6b6b6b" stroke-width="2"/><rect x="66" y="18" width="50" height="6" fill="#9a9a9a"/><rect x="66" y="32" width="38" height="6" fill="#bdbdbd"/></svg>`,
  right: `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 60 60"><polygon points="30,3 55,17 55,43 30,57 5,43 5,17" fill="none" stroke="#7a1f3d" stroke-width="2.5"/><circle cx="30" cy="30" r="11" fill="none" stroke="#7a1f3d" stroke-width="2.5"/></svg>`,
} as const;

/** An SVG as the `data:` URI a letterhead stores. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
