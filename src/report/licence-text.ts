/** The licence of a publication's data as its outputs print it: the identifier, or "not stated" in the language. */
import type { Lang, PublicationModel } from './model.js';

export function licenceText(model: Pick<PublicationModel, 'source'>, lang: Lang): string {
  if (model.source.licence) return model.source.licence;
  return lang === 'ru' ? 'не указана: см. условия поставщика данных' : 'not stated: see the data provider';
}
