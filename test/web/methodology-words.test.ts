/** The method in words: steps as sentences and the tree as nested lists with shares of the parent's weight. */
import { methodSteps, methodTree } from '../../src/web/pages/methodology-words.js';
import { squashHtml } from '../support/html.js';

const node = (
  nodeId: string,
  parentId: string | null,
  kind: string,
  weight: number,
  method: unknown,
  labelRu = nodeId,
) => ({ nodeId, parentId, level: 0, kind, labelRu, labelEn: nodeId, weight, method });

test('the steps of the ministry-style method read as Russian sentences', () => {
  const steps = methodSteps(
    {
      normalisation: { method: 'goalposts', range: [0, 100] },
      aggregation: { method: 'arithmetic' },
      missing: { impute: { method: 'none' }, minShare: 0.5 },
      outliers: { method: 'none' },
      rank: { ties: 'min', decimals: 2 },
    },
    'ru',
  );
  expect(steps).toEqual([
    'Каждый показатель приводится к шкале между «целевыми столбами» (худшее и лучшее допустимые значения), от 0 до 100; показатели, где лучше меньшее (сроки, доля отказов), переворачиваются.',
    'Пропуски не заполняются: оценка узла считается по имеющимся данным.',
    'Регион без 50 % данных не получает места.',
    'Выбросы не обрабатываются.',
    'Оценки складываются снизу вверх: взвешенное среднее арифметическое с весами, показанными ниже.',
    'Места присваиваются по итоговой оценке, округлённой до 2 знаков; равные оценки делят место.',
  ]);
});

test('the tree nests services, stages and indicators; a weight is the share of its siblings’ total', () => {
  const tree = squashHtml(
    String(
      methodTree(
        [
          node('index', null, 'index', 1, { method: 'arithmetic' }, 'Рейтинг'),
          node('a', 'index', 'service', 3, { method: 'geometric' }, 'Услуга А'),
          node('b', 'index', 'service', 1, { method: 'arithmetic' }, 'Услуга Б'),
          node(
            'a.days',
            'a',
            'indicator',
            1,
            { direction: -1, unit: 'дней', normaliser: { method: 'goalposts', range: [0, 100] } },
            'Срок',
          ),
          node('b.info', 'b', 'indicator', 1, { direction: 1 }, 'Полнота информации'),
        ],
        'ru',
      ),
    ),
  );
  expect(tree).toContain('<details open><summary><strong>Рейтинг</strong>');
  expect(tree).toContain(
    '<strong>Услуга А</strong><span class="meta">(услуга, вес 75 %; взвешенное среднее геометрическое',
  );
  expect(tree).toContain('<strong>Услуга Б</strong><span class="meta">(услуга, вес 25 %;');
  expect(tree).toContain(
    '<li><strong>Срок</strong><span class="meta">(показатель, вес 100 %; дней, лучше меньше; приводится к шкале',
  );
  expect(tree).toContain(
    '<strong>Полнота информации</strong><span class="meta">(показатель, вес 100 %; лучше больше)</span>',
  );
  expect(tree.indexOf('Услуга А')).toBeLessThan(tree.indexOf('Срок'));
  expect(tree.indexOf('Срок')).toBeLessThan(tree.indexOf('Услуга Б'));
});
