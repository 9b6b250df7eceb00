/**
 * A hand-made PublicationModel for the table writers: three regions (one with a hostile name that a spreadsheet
 * would run as a formula), two stages, two services, four indicator values. Synthetic, so every output must
 * say so.
 */
import type { PublicationModel } from '../../../src/report/model.js';

export const HOSTILE_NAME = '=HYPERLINK("http://x","click")';

export function fixtureModel(overrides: Partial<PublicationModel> = {}): PublicationModel {
  return {
    period: 2018,
    run: {
      id: 7,
      version: 1,
      status: 'published',
      headline: true,
      methodologyId: 'm',
      methodologyVersion: '1',
      methodologyHash: 'abc123',
      inputHash: 'def456',
      computedAt: '2019-03-01T10:00:00.000Z',
    },
    softwareVersion: '0.1.0',
    previousPeriod: 2017,
    synthetic: true,
    source: { name: { ru: 'Синтетические данные', en: 'Synthetic data' }, licence: 'CC0-1.0', url: null },
    regions: [
      {
        code: 'RU-SMO',
        name: { ru: 'Смоленская область', en: 'Smolensk Oblast' },
        federalDistrict: { ru: 'Центральный', en: 'Central' },
        tile: { row: 4, col: 3 },
      },
      {
        code: 'RU-TUL',
        name: { ru: 'Тульская область', en: 'Tula Oblast' },
        federalDistrict: { ru: 'Центральный', en: 'Central' },
        tile: { row: 5, col: 4 },
      },
      {
        code: 'RU-TVE',
        name: { ru: HOSTILE_NAME, en: HOSTILE_NAME },
        federalDistrict: { ru: 'Центральный', en: 'Central' },
        tile: null,
      },
    ],
    bands: [
      { id: 'high', name: { ru: 'высокий', en: 'high' }, min: 50, max: Infinity, colour: '#1a9850' },
      { id: 'low', name: { ru: 'низкий', en: 'low' }, min: 0, max: 50, colour: '#d73027' },
    ],
    ranking: [
      {
        place: 1,
        regionCode: 'RU-TUL',
        score: 100,
        bandId: 'high',
        previous: { place: 2, score: 50 },
        interval: { median: 1, low: 1, high: 2 },
      },
      {
        place: 2,
        regionCode: 'RU-SMO',
        score: 87.5,
        bandId: 'high',
        previous: { place: 1, score: 100 },
        interval: null,
      },
      { place: 3, regionCode: 'RU-TVE', score: 12.5, bandId: 'low', previous: null, interval: null },
    ],
    stageScores: {
      regionCodes: ['RU-SMO', 'RU-TUL', 'RU-TVE'],
      columns: [
        { id: 'status', name: { ru: 'Статус', en: 'Status' } },
        { id: 'appeal', name: { ru: 'Обжалование', en: 'Appeal' } },
      ],
      values: [
        [75, 100],
        [100, 100],
        [25, null],
      ],
    },
    serviceScores: {
      regionCodes: ['RU-SMO', 'RU-TUL', 'RU-TVE'],
      columns: [
        { id: 'hunting_licence', name: { ru: 'Охота', en: 'Hunting' } },
        { id: 'marriage_registration', name: { ru: 'Брак', en: 'Marriage' } },
      ],
      values: [
        [75, 100],
        [100, 100],
        [0, 25],
      ],
    },
    indicators: [
      {
        id: 'appeal_online',
        name: { ru: 'Обжалование онлайн', en: 'Appeal online' },
        unit: '',
        stageId: 'appeal',
        direction: 1,
      },
      {
        id: 'wait_days',
        name: { ru: 'Срок, дней', en: 'Waiting days' },
        unit: 'days',
        stageId: 'status',
        direction: -1,
      },
    ],
    values: [
      {
        regionCode: 'RU-SMO',
        serviceId: 'hunting_licence',
        stageId: 'appeal',
        indicatorId: 'appeal_online',
        raw: 1,
        normalised: 100,
        imputed: false,
        treated: false,
      },
      {
        regionCode: 'RU-SMO',
        serviceId: 'hunting_licence',
        stageId: 'status',
        indicatorId: 'wait_days',
        raw: -1.5,
        normalised: 40.25,
        imputed: true,
        treated: false,
      },
      {
        regionCode: 'RU-TUL',
        serviceId: 'hunting_licence',
        stageId: 'status',
        indicatorId: 'wait_days',
        raw: 3,
        normalised: 10,
        imputed: false,
        treated: true,
      },
      {
        regionCode: 'RU-TVE',
        serviceId: 'hunting_licence',
        stageId: 'status',
        indicatorId: 'wait_days',
        raw: null,
        normalised: null,
        imputed: false,
        treated: false,
      },
    ],
    methodology: [
      {
        id: 'index',
        parentId: null,
        level: 3,
        name: { ru: 'Индекс', en: 'Index' },
        weight: 1,
        effectiveWeight: 1,
        method: { ru: 'среднее арифметическое', en: 'arithmetic mean' },
      },
      {
        id: 'hunting_licence',
        parentId: 'index',
        level: 2,
        name: { ru: 'Охота', en: 'Hunting' },
        weight: 1,
        effectiveWeight: 0.5,
        method: { ru: 'среднее арифметическое', en: 'arithmetic mean' },
      },
      {
        id: 'marriage_registration',
        parentId: 'index',
        level: 2,
        name: { ru: 'Брак', en: 'Marriage' },
        weight: 1,
        effectiveWeight: 0.5,
        method: { ru: 'среднее арифметическое', en: 'arithmetic mean' },
      },
    ],
    robustness: {
      runs: 100,
      evaluations: 400,
      seed: 7,
      sobol: [
        {
          nodeId: 'weights',
          name: { ru: 'weights', en: 'weights' },
          first: 0.6,
          total: 0.7,
          firstInterval: [0.5, 0.7],
          totalInterval: [0.62, 0.8],
          resolved: true,
        },
        {
          nodeId: 'imputation',
          name: { ru: 'imputation', en: 'imputation' },
          first: 1.049,
          total: 1.107,
          firstInterval: [0.9, 1.2],
          totalInterval: [1, 1.2],
          resolved: false,
        },
      ],
      coherence: [
        {
          nodeId: 'hunting_licence',
          kind: 'weak-with-parent',
          value: 0.12,
          message: {
            ru: 'hunting_licence слабо коррелирует с родительским узлом index',
            en: 'hunting_licence correlates weakly with its parent index',
          },
        },
      ],
    },
    explanations: [],
    adoption: [{ regionCode: 'RU-TUL', actual: 61.5, target: 70 }],
    realNationalAdoption: null,
    offices: [],
    ...overrides,
  };
}
