/**
 * A small XML well-formedness check for tests (the project has no XML parser): one root element, every tag closed in
 * order, attributes quoted and not repeated, only the five predefined entities or character references, no text
 * outside the root. Returns the problems found (empty when well-formed).
 */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|([^<]+)/g;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const [whole, closing, name, attributes, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (stack.length === 0 && chars.trim() !== '') problems.push(`text outside the root: ${chars.slice(0, 40)}`);
      for (const entity of chars.match(/&[^;\s]*;?/g) ?? [])
        if (!/^&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(entity)) problems.push(`bad entity ${entity}`);
      continue;
    }
    if (whole === '<') {
      problems.push(`malformed tag at ${m.index}: ${text.slice(m.index, m.index + 60)}`);
      continue;
    }
    if (name === undefined) continue; // declaration or comment
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
      continue;
    }
    const names = [...(attributes ?? '').matchAll(/([^\s=/>]+)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`<${name}> repeats an attribute`);
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
