/** Page texts in Russian (default) and English (`?lang=en`). */
export type PageLang = 'ru' | 'en';

export function pageLang(query: unknown): PageLang {
  return (query as { lang?: unknown })?.lang === 'en' ? 'en' : 'ru';
}

const TEXTS = {
  siteTitle: {
    ru: 'Мониторинг качества электронных госуслуг в регионах',
    en: 'Quality of e-government services in the regions',
  },
  ministry: { ru: 'Открытые данные · рейтинг регионов', en: 'Open data · regional rating' },
  ranking: { ru: 'Рейтинг', en: 'Ranking' },
  map: { ru: 'Карта', en: 'Map' },
  methodology: { ru: 'Методика', en: 'Methodology' },
  programme: { ru: 'Программа', en: 'Programme' },
  changelog: { ru: 'Журнал изменений', en: 'Changelog' },
  downloads: { ru: 'Скачать', en: 'Downloads' },
  rank: { ru: 'Место', en: 'Rank' },
  region: { ru: 'Регион', en: 'Region' },
  district: { ru: 'Федеральный округ', en: 'Federal district' },
  score: { ru: 'Балл', en: 'Score' },
  band: { ru: 'Группа', en: 'Band' },
  interval: { ru: 'Интервал мест (5–95 %)', en: 'Rank interval (5–95%)' },
  change: { ru: 'Изменение места', en: 'Rank change' },
  allDistricts: { ru: 'Все округа', en: 'All districts' },
  search: { ru: 'Поиск региона', en: 'Find a region' },
  apply: { ru: 'Показать', en: 'Apply' },
  period: { ru: 'Год', en: 'Year' },
  noRating: { ru: 'Опубликованных рейтингов пока нет.', en: 'No rating has been published yet.' },
  synthetic: {
    ru: 'СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — не настоящий рейтинг',
    en: 'SYNTHETIC DEMO DATA — not a real rating',
  },
  withdrawn: { ru: 'Этот рейтинг отозван', en: 'This rating has been withdrawn' },
  components: { ru: 'Из чего складывается балл', en: 'What the score is made of' },
  weight: { ru: 'Вес', en: 'Weight' },
  nextUp: { ru: 'До следующего места', en: 'To the next rank' },
  history: { ru: 'По годам', en: 'By year' },
  version: { ru: 'Версия', en: 'Version' },
  published: { ru: 'Опубликован', en: 'Published' },
  reason: { ru: 'Причина', en: 'Reason' },
  file: { ru: 'Файл', en: 'File' },
  noFiles: { ru: 'Файлы ещё не выгружены.', en: 'No files exported yet.' },
  language: { ru: 'English', en: 'Русский' },
  notFound: { ru: 'Страница не найдена', en: 'Page not found' },
  mapAlt: {
    ru: 'Плиточная карта регионов России, цвет — балл рейтинга',
    en: "Tile map of Russia's regions coloured by score",
  },
  licence: { ru: 'Данные о регионах: hflabs/region, CC BY-SA 4.0.', en: 'Region data: hflabs/region, CC BY-SA 4.0.' },
} as const;

export type TextKey = keyof typeof TEXTS;

export function t(lang: PageLang, key: TextKey): string {
  return TEXTS[key][lang];
}
