/**
 * Page markup with the white space around tags removed and other runs of white space made one space, for assertions
 * on what follows what: the page templates are formatted by prettier, which wraps long elements over lines in ways
 * that do not change what a browser shows (`<a …\n  >text</a\n>`), so tests must not depend on where those line
 * breaks fall.
 */
export function squashHtml(html: string): string {
  return html.replace(/>\s+/g, '>').replace(/\s+</g, '<').replace(/\s+>/g, '>').replace(/\s+/g, ' ');
}
