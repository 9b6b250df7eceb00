/**
 * `egov rate`'s terminal table (issue 20 item 4): stored scores at the methodology's rounding, with the extra decimals
 * that tell apart regions holding different places whose scores round equal (as the pages, CSV and XLSX show them),
 * and the note saying so. Numbers hand-worked.
 */
import { formatRateTable } from '../../src/cli/format/rate-output.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { describeEachDatabase } from '../support/database.js';
import { catalogue, methodology, seed } from '../ratings/fixture.js';

const NOTE =
  '* scores are shown with 2 decimals; where two regions holding different places would look equal at 2, more ' +
  'decimals are shown: places follow the more precise score';

describe('the rate table', () => {
  test('two places at 50.004 and 50.001 (both 50.00 at 2 decimals) show 3 decimals, marked, with the note', () => {
    const table = formatRateTable(
      [
        { region: 'RU-TUL', rank: 1, change: null, storedScore: 50.004 },
        { region: 'RU-SMO', rank: 2, change: 1, storedScore: 50.001 },
        { region: 'RU-TVE', rank: 3, change: -1, storedScore: 40 },
        { region: 'RU-AD', rank: null, change: null, storedScore: null },
      ],
      2,
    );
    expect(table.split('\n')).toEqual([
      '   1  RU-TUL  50.004*',
      '   2  RU-SMO  50.001*  ▲1',
      '   3  RU-TVE    40.00  ▼1',
      NOTE,
    ]);
  });

  test('a shared place shows the same number and needs no note', () => {
    const table = formatRateTable(
      [
        { region: 'RU-TUL', rank: 1, change: null, storedScore: 50.004 },
        { region: 'RU-SMO', rank: 1, change: null, storedScore: 50.001 },
      ],
      2,
    );
    expect(table).toBe('   1  RU-TUL    50.00\n   1  RU-SMO    50.00');
  });
});

describeEachDatabase('egov rate table from a stored run on $name', ({ open }) => {
  test('Smolensk 87.5 and Tver 87.499 (both 87.50 at 2 decimals) hold places 2 and 3 and show 87.500 and 87.499', async () => {
    const database = await open();
    try {
      // index = mean of the two services' means × 100: Tula (1+1+1+1)/4 = 100; Smolensk (1+1+1+0.5)/4 = 87.5;
      // Tver (1+1+1+0.49996)/4 = 87.499. Places by the unrounded score (rank without decimals).
      await seed(database, 2019, {
        'RU-TUL': [1, 1, 1, 1],
        'RU-SMO': [1, 1, 1, 0.5],
        'RU-TVE': [1, 1, 1, 0.49996],
      });
      const summary = await ratePeriod(database, {
        period: 2019,
        methodology: methodology('test-two-checks', { ties: 'min' }),
        catalogue,
        actor: 'tester',
      });
      expect(summary.ranking.slice(0, 3).map((r) => [r.region, r.rank, r.score])).toEqual([
        ['RU-TUL', 1, 100],
        ['RU-SMO', 2, 87.5],
        ['RU-TVE', 3, 87.5],
      ]);
      expect(formatRateTable(summary.ranking, 2).split('\n')).toEqual([
        '   1  RU-TUL   100.00',
        '   2  RU-SMO  87.500*',
        '   3  RU-TVE  87.499*',
        NOTE,
      ]);
    } finally {
      await database.close();
    }
  });
});
