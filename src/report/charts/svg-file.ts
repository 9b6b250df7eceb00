/**
 * Finishes the SVG that @napi-rs/canvas's SVG canvas writes (Skia's SVG backend) into a file fit to publish and embed:
 * a viewBox (so it scales in an `<img>` or a page), a `<title>` and `<desc>` (the chart's title, and its alt text and
 * footnote, read by screen readers and search), and a font fallback. The text stays text (`<text>` with each glyph's position, the
 * positions PT Sans gave): converting it to paths (SvgExportFlag.ConvertTextToPaths) made a ranking chart 1.7 MB
 * instead of 0.12 MB and took ten times as long, and paths cannot be searched, copied or read aloud. An SVG in an
 * `<img>` cannot load fonts, so a reader without PT Sans sees the glyphs of the fallback font at PT Sans's
 * positions. Nothing executable is ever written: the canvas writes shapes and text only, and a `<script>` or an
 * event attribute is refused here rather than published.
 */

export interface SvgCaption {
  readonly title: string;
  readonly alt: string;
  /** The chart's footnote (DRAFT, SYNTHETIC, source), drawn word by word: said whole in the <desc> too. */
  readonly note?: string;
}

export const SVG_FONT_FALLBACK = "'PT Sans', 'PT Sans Caption', Arial, Helvetica, sans-serif";

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Skia names clip paths from a counter that runs across every canvas of the thread (`cl_3` … for one chart, `cl_57` …
 * for the same chart drawn later): renumbered in order of appearance, so the same chart gives the same bytes whatever
 * was drawn before it (the manifest's hashes stay the same for the same run).
 */
function numberIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `clip${ids.size + 1}`);
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) =>
    ids.has(id) ? `${lead}${ids.get(id)}` : whole,
  );
}

/**
 * True when the SVG holds a script element, an event attribute (onload=…) or a javascript: URL inside a tag. Three
 * plain searches first (each a necessary condition of its case), the tag-anchored pattern only when one finds
 * something: the anchored pattern alone took 2 ms on a 240 KB chart.
 */
function holdsScript(svg: string): boolean {
  if (!/<script\b/i.test(svg) && !/\son[a-z]+\s*=/i.test(svg) && !/javascript:/i.test(svg)) return false;
  return /<script\b|<[^>]*\son[a-z]+\s*=|<[^>]*=\s*["']\s*javascript:/i.test(svg);
}

/** The canvas's SVG text (`getContent()`), finished as above. @throws Error when the SVG holds anything executable. */
export function finishSvg(raw: string, width: number, height: number, caption: SvgCaption): string {
  const open = /<svg\b[^>]*>/.exec(raw);
  if (!open) throw new Error('the canvas wrote no <svg> element');
  const root = open[0].includes('viewBox')
    ? open[0]
    : open[0].replace(/>$/, ` viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`);
  const body = numberIds(raw.slice(open.index + open[0].length))
    .replace(/font-family="PT Sans"/g, `font-family="${SVG_FONT_FALLBACK}"`)
    // Skia ends its per-glyph position lists with a separator ("1, 2, "): trimmed, so strict parsers take them
    .replace(/(\s(?:x|y)="[^"]*?),\s*"/g, '$1"');
  const svg = `${raw.slice(0, open.index)}${root}<title id="title">${escapeXml(caption.title)}</title><desc id="desc">${escapeXml(caption.note ? `${caption.alt}\n${caption.note}` : caption.alt)}</desc>${body}`;
  if (holdsScript(svg)) throw new Error('the chart SVG holds script');
  return svg;
}
