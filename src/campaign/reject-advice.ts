/** What a region should do about a reject of its file, in Russian and English, by the column the reject names. */
export function rejectAdvice(column: string, lang: 'ru' | 'en'): string {
  const ru = lang === 'ru';
  switch (column) {
    case 'value':
      return ru
        ? 'Исправьте значение в этой строке: допустимые значения указаны в столбце «Допустимые значения»; пустое значение заполните.'
        : 'Correct the value in this row: the allowed values are in the "Допустимые значения" column; fill in an empty value.';
    case 'region':
      return ru
        ? 'Файл относится к другому региону: скачайте форму своего региона на этой странице и заполните её.'
        : "The file belongs to another region: download your region's form on this page and fill it in.";
    case 'service':
    case 'indicator':
      return ru
        ? 'Код услуги или показателя изменён или неизвестен: не меняйте коды; скачайте форму заново и перенесите значения.'
        : 'A service or indicator code was changed or is unknown: keep the codes; download the form again and copy the values.';
    case 'period':
      return ru
        ? 'Период в файле не совпадает с периодом кампании: исправьте год или скачайте форму этой кампании.'
        : "The file's period differs from the campaign's: correct the year or download this campaign's form.";
    default:
      return ru ? 'Исправьте ячейку и загрузите файл снова.' : 'Correct the cell and upload the file again.';
  }
}
