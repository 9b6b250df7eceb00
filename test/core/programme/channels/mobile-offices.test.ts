import { summariseMobileOffices } from '../../../../src/core/programme/channels/mobile-offices.js';
import { TINY_LOG } from './tiny-log.js';

describe('summariseMobileOffices on the hand-made log', () => {
  it('says where mobile offices worked and which documents they issued, per quarter', () => {
    // Mobile-office applications: T5, T6 (Q1, both in 70620000, both issued), T7 (Q2, 70630000, refused).
    expect(summariseMobileOffices(TINY_LOG, 'quarter')).toEqual([
      {
        regionCode: 'RU-TUL',
        period: '2024-Q1',
        applications: 2,
        documentsIssued: 2,
        municipalities: [{ oktmo: '70620000', name: null, applications: 2, documentsIssued: 2 }],
        services: [
          { serviceId: 'hunting_licence', applications: 1, documentsIssued: 1 },
          { serviceId: 'marriage_registration', applications: 1, documentsIssued: 1 },
        ],
      },
      {
        regionCode: 'RU-TUL',
        period: '2024-Q2',
        applications: 1,
        documentsIssued: 0,
        municipalities: [{ oktmo: '70630000', name: null, applications: 1, documentsIssued: 0 }],
        services: [{ serviceId: 'hunting_licence', applications: 1, documentsIssued: 0 }],
      },
    ]);
  });

  it('adds up over the year', () => {
    // 2024: 3 applications, 2 documents; hunting licence 2 applications / 1 document, marriage 1 / 1.
    const [year] = summariseMobileOffices(TINY_LOG, 'year');
    expect(year).toMatchObject({ period: '2024', applications: 3, documentsIssued: 2 });
    expect(year.municipalities).toEqual([
      { oktmo: '70620000', name: null, applications: 2, documentsIssued: 2 },
      { oktmo: '70630000', name: null, applications: 1, documentsIssued: 0 },
    ]);
    expect(year.services.map((s) => [s.serviceId, s.applications, s.documentsIssued])).toEqual([
      ['hunting_licence', 2, 1],
      ['marriage_registration', 1, 1],
    ]);
  });

  it('returns nothing for a log without mobile offices', () => {
    expect(
      summariseMobileOffices(
        TINY_LOG.filter((a) => a.regionCode === 'RU-KLU'),
        'month',
      ),
    ).toEqual([]);
  });

  it('names each municipality by the lookup it is given, null where the lookup does not know the code', () => {
    const named = summariseMobileOffices(TINY_LOG, 'year', (oktmo) =>
      oktmo === '70630000' ? 'Куркинский муниципальный район' : null,
    );
    expect(named.flatMap((m) => m.municipalities.map((u) => [u.oktmo, u.name]))).toEqual([
      ['70620000', null],
      ['70630000', 'Куркинский муниципальный район'],
    ]);
  });
});
