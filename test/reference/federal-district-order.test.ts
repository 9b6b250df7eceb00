import { loadCatalogue } from '../../src/reference/catalogue.js';
import { compareFederalDistricts, FEDERAL_DISTRICT_ORDER } from '../../src/reference/federal-district-order.js';

test('the official order is the order of the reference file, and sorting follows it, not the codes', () => {
  expect(loadCatalogue().federalDistricts.map((d) => d.code)).toEqual([...FEDERAL_DISTRICT_ORDER]);
  expect(['SFO', 'FEFD', 'CFD', 'VFD', 'NWFD'].sort(compareFederalDistricts)).toEqual([
    'CFD',
    'NWFD',
    'VFD',
    'SFO',
    'FEFD',
  ]);
  expect(['XX', 'CFD'].sort(compareFederalDistricts)).toEqual(['CFD', 'XX']);
});
