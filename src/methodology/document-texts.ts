/**
 * A methodology document's name, description and source in a language: Russian from its `ru` block where given
 * (schema.ts), else the document's own texts (written in English in the presets). Read from a stored document, so
 * it checks shapes instead of trusting them.
 */
export interface DocumentTexts {
  readonly name: string;
  readonly description: string;
  readonly source: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function documentTexts(document: unknown, storedName: string, lang: 'ru' | 'en'): DocumentTexts {
  const doc = (document ?? {}) as { description?: unknown; source?: unknown; ru?: Record<string, unknown> };
  const ru = lang === 'ru' && doc.ru && typeof doc.ru === 'object' ? doc.ru : {};
  return {
    name: text(ru.name) || storedName,
    description: text(ru.description) || text(doc.description),
    source: text(ru.source) || text(doc.source),
  };
}
