/**
 * Rows of a form that are read but are not data, each with the reason it is skipped (reported, never rejected):
 * - total and subtotal rows: a cell starting with `Итого` or `Всего` (`Итого по субъекту`, `ВСЕГО:`);
 * - signature and note lines under the table: a first non-empty cell starting with `Руководитель`, `Исполнитель`,
 *   `Ответственный`, `Подпись`, `М.П.`, `Дата`, `Примечание` or `*`, or a cell that is a signature blank (`_____`).
 * Cells are compared after NFC normalisation, ignoring case.
 */
const TOTAL = /^(итого|всего)(?=$|[\s:.,(])/iu;
const FOOTER = /^(руководитель|исполнитель|ответственный|подпись|м\.\s*п\.?|дата(?=$|[\s:])|примечани[ея]|\*)/iu;
const BLANK = /^_{3,}/u;

export function nonDataReason(cells: readonly string[]): string | null {
  // Fast path (every row of a big file passes here): a row whose cells are all empty or begin with an ASCII letter or
  // digit cannot match, since every pattern begins with a Cyrillic letter, "*" or "_" (and NFC never turns an ASCII
  // first character into one of those); anything else gets the full check.
  if (cells.every(plainCell)) return null;
  const texts = cells.map((c) => c.normalize('NFC').trim()).filter((c) => c !== '');
  const total = texts.find((c) => TOTAL.test(c));
  if (total) return `total row ("${total.slice(0, 40)}")`;
  if (texts.length > 0 && (FOOTER.test(texts[0]) || texts.some((c) => BLANK.test(c))))
    return `signature or note line ("${texts[0].slice(0, 40)}")`;
  return null;
}

/** An empty cell, or one whose first character is an ASCII letter or digit. */
function plainCell(cell: string): boolean {
  if (cell === '') return true;
  const c = cell.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
