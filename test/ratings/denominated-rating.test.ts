/** The ministry preset's denomination (counts per 1,000 residents of the reference population) and screening rule. */
import { readFileSync } from 'node:fs';
import { compileSteps, requiredColumns } from '../../src/core/pipeline.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';

const catalogue = loadCatalogue();
const lists = catalogueLists(catalogue);

describe('the ministry preset', () => {
  const text = readFileSync(new URL('../../data/methodologies/ministry-2019.json', import.meta.url), 'utf8');

  it('screens out regions with less than half of the values measured (raw data)', () => {
    const log = compileSteps(loadMethodologyText(text, lists).expanded);
    expect(log.find((s) => s.id === 'screen')?.params).toEqual({ threshold: 0.5, basis: 'raw' });
  });

  it('denominates every scored count per 1,000 residents of the reference population', () => {
    // no count is scored in the catalogue today; score the applications count to see what the preset does with one
    const withCount = {
      ...lists,
      indicator: [
        ...lists.indicator,
        {
          ...lists.indicator[0],
          id: 'applications_count',
          stage_id: 'e_application',
          name_en: 'Number of applications',
          kind: 'count',
          unit: 'applications',
          direction: 1,
          min: 0,
        },
      ],
    };
    const m = loadMethodologyText(text, withCount);
    const log = compileSteps(m.expanded);
    const denominate = log.find((s) => s.id === 'denominate')?.params as { indicators: Record<string, unknown> };
    expect(Object.keys(denominate.indicators)).toHaveLength(18);
    expect(denominate.indicators['marriage_registration.applications_count']).toEqual({
      by: 'population',
      scale: 1000,
    });
    expect(requiredColumns(m.expanded)).toContain('population');
    const leaf = m.expanded.tree.nodes.find((n) => n.id === 'marriage_registration.applications_count')!;
    expect(leaf.indicator!.normaliser).toEqual({ method: 'min-max', range: [0, 100] });
  });
});
