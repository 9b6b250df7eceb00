/** Texts of the campaign pages (sign-in, the region's page, the result of a submission), Russian and English. */
import type { PageLang } from '../i18n.js';

const TEXTS = {
  signInTitle: { ru: 'Вход', en: 'Sign in' },
  accessKey: { ru: 'Ключ доступа', en: 'Access key' },
  accessKeyHint: {
    ru: 'Ключ выдаёт оператор системы (он начинается с egov_). Вход действует 8 часов.',
    en: 'The operator issues the key (it starts with egov_). A sign-in lasts 8 hours.',
  },
  signIn: { ru: 'Войти', en: 'Sign in' },
  signOut: { ru: 'Выйти', en: 'Sign out' },
  badKey: {
    ru: 'Ключ не подошёл: он неизвестен, отозван или введён с ошибкой.',
    en: 'The key is unknown, revoked or mistyped.',
  },
  tooManyFailures: {
    ru: 'Слишком много неудачных попыток входа с этого адреса или с этим ключом. Попробуйте через 15 минут.',
    en: 'Too many failed sign-ins from this address or with this key. Try again in 15 minutes.',
  },
  expired: { ru: 'Сеанс истёк или завершён: войдите снова.', en: 'Your session expired or ended: sign in again.' },
  csrf: {
    ru: 'Форма устарела или отправлена не с этой страницы (проверка CSRF). Откройте страницу заново и повторите.',
    en: 'The form is stale or was not sent from this site (CSRF check). Reload the page and try again.',
  },
  forbidden: { ru: 'Эта страница другого региона вам недоступна.', en: "You may not see another region's page." },
  analystsOnly: { ru: 'Эта страница только для аналитиков.', en: 'This page is for analysts only.' },
  openCampaign: { ru: 'Открыть кампанию', en: 'Open a campaign' },
  closeCampaign: { ru: 'Закрыть кампанию', en: 'Close campaign' },
  campaigns: { ru: 'Сбор данных', en: 'Data collection' },
  noCampaign: { ru: 'Открытых кампаний сбора нет.', en: 'No collection campaign is open.' },
  campaign: { ru: 'Кампания', en: 'Campaign' },
  deadline: { ru: 'Срок', en: 'Deadline' },
  signedInAs: { ru: 'Вы вошли как', en: 'Signed in as' },
  yourRegion: { ru: 'Страница вашего региона', en: "Your region's page" },
  regions: { ru: 'Регионы', en: 'Regions' },
  downloadForm: { ru: 'Скачать форму (XLSX)', en: 'Download the form (XLSX)' },
  upload: { ru: 'Загрузить заполненную форму', en: 'Upload the filled form' },
  file: { ru: 'Файл формы', en: 'Form file' },
  kind: { ru: 'Вид данных', en: 'Data kind' },
  send: { ru: 'Отправить', en: 'Send' },
  closed: {
    ru: 'Кампания закрыта: файлы больше не принимаются.',
    en: 'The campaign is closed: no more files are taken.',
  },
  history: { ru: 'История отправок', en: 'Submissions' },
  noHistory: { ru: 'Файлов ещё не было.', en: 'No file sent yet.' },
  when: { ru: 'Когда', en: 'When' },
  who: { ru: 'Кто', en: 'Who' },
  status: { ru: 'Результат', en: 'Result' },
  values: { ru: 'Значений', en: 'Values' },
  rejects: { ru: 'Ошибок', en: 'Rejects' },
  details: { ru: 'Подробно', en: 'Details' },
  comments: { ru: 'Комментарии аналитиков и ответы', en: "Analysts' comments and answers" },
  noComments: { ru: 'Комментариев нет.', en: 'No comments.' },
  comment: { ru: 'Комментарий или ответ', en: 'Comment or answer' },
  addComment: { ru: 'Добавить', en: 'Add' },
  result: { ru: 'Результат загрузки', en: 'Upload result' },
  accepted: { ru: 'принято', en: 'accepted' },
  rejected: { ru: 'отклонено: есть ошибки', en: 'rejected: errors' },
  refused: { ru: 'файл не прочитан', en: 'file not read' },
  unchanged: { ru: 'без изменений', en: 'unchanged' },
  acceptedText: {
    ru: 'Файл принят: сохранено значений —',
    en: 'The file was accepted; values stored:',
  },
  correctionText: {
    ru: 'Это исправление: изменённые значения заменили прежние, прежние сохранены в истории. Изменено ячеек —',
    en: 'This is a correction: changed values replaced the stored ones, which are kept in the history. Cells changed:',
  },
  rejectedText: {
    ru: 'Файл не принят, ничего не сохранено. Исправьте ошибки ниже и загрузите файл снова. Строк с ошибками —',
    en: 'The file was not accepted and nothing was stored. Correct the errors below and upload it again. Rows with errors:',
  },
  refusedText: { ru: 'Файл не удалось прочитать:', en: 'The file could not be read:' },
  row: { ru: 'Строка', en: 'Row' },
  column: { ru: 'Столбец', en: 'Column' },
  value: { ru: 'Значение', en: 'Value' },
  reason: { ru: 'Причина', en: 'Reason' },
  whatToDo: { ru: 'Что сделать', en: 'What to do' },
  skipped: { ru: 'Пропущенные строки (итоги, не данные)', en: 'Skipped rows (totals, not data)' },
  back: { ru: 'К странице региона', en: "Back to the region's page" },
} as const;

export type CampaignTextKey = keyof typeof TEXTS;

export function ct(lang: PageLang, key: CampaignTextKey): string {
  return TEXTS[key][lang];
}
