import { readFileSync } from 'node:fs';
import { MethodologyError } from '../../src/methodology/errors.js';
import { canonicalJson, methodologyHash } from '../../src/methodology/hash.js';
import { loadMethodologyText } from '../../src/methodology/load.js';
import { readReferenceLists } from '../../src/methodology/reference-lists.js';

const lists = {
  service: [{ id: 'marriage' }, { id: 'hunting' }],
  stage: [
    { id: 'apply', ord: '1' },
    { id: 'decide', ord: '2' },
  ],
  indicator: [
    { id: 'online', stage_id: 'apply', direction: '1', min: '0', max: '1' },
    { id: 'share', stage_id: 'apply', direction: '1', min: '0', max: '100' },
    { id: 'days', stage_id: 'decide', direction: '-1', min: '0', max: '30' },
  ],
};

const templated = {
  format: 'egov-methodology/1',
  id: 'templated',
  version: '1',
  name: 'templated',
  indicators: [
    {
      forEach: 'indicator',
      id: '{indicator.id}',
      direction: '{indicator.direction}',
      normaliser: { method: 'goalposts', min: '{indicator.min}', max: '{indicator.max}' },
    },
  ],
  tree: {
    id: 'index',
    children: [
      {
        forEach: 'service',
        id: '{service.id}',
        children: [
          {
            forEach: 'stage',
            id: '{service.id}.{stage.id}',
            weight: '{stage.ord}',
            children: [
              {
                forEach: 'indicator',
                where: { stage_id: '{stage.id}' },
                indicator: '{service.id}.{indicator.id}',
                spec: '{indicator.id}',
              },
            ],
          },
        ],
      },
    ],
  },
  normalisation: { method: 'min-max' },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min' },
};

describe('template expansion', () => {
  const loaded = loadMethodologyText(JSON.stringify(templated), lists);
  const nodes = loaded.expanded.tree.nodes;

  it("expands services × stages × the stage's indicators without a hand-written tree", () => {
    // 1 index + 2 services + 2·2 stages + 2·(2 + 1) leaves = 13
    expect(nodes).toHaveLength(13);
    expect(nodes.filter((n) => n.indicator).map((n) => n.id)).toEqual([
      'marriage.online',
      'marriage.share',
      'marriage.days',
      'hunting.online',
      'hunting.share',
      'hunting.days',
    ]);
    expect(nodes.find((n) => n.id === 'hunting.days')).toMatchObject({ parent: 'hunting.decide', level: 1 });
    expect(nodes.find((n) => n.id === 'hunting')).toMatchObject({ parent: 'index', level: 3 });
  });

  it('turns whole-placeholder numbers into numbers (direction, goalposts, weights)', () => {
    const days = nodes.find((n) => n.id === 'marriage.days')!.indicator!;
    expect(days.direction).toBe(-1);
    expect(days.normaliser).toEqual({ method: 'goalposts', min: 0, max: 30 });
    expect(nodes.find((n) => n.id === 'marriage.decide')!.weight).toBe(2);
  });

  it('names the JSON path of template problems', () => {
    const unknownList = { ...templated, tree: { id: 'index', children: [{ forEach: 'region', indicator: 'x' }] } };
    expect(() => loadMethodologyText(JSON.stringify(unknownList), lists)).toThrow(
      /tree\.children\[0\]\.forEach: no list "region"/,
    );
    const badField = { ...templated, indicators: [{ ...templated.indicators[0], name: '{indicator.title}' }] };
    expect(() => loadMethodologyText(JSON.stringify(badField), lists)).toThrow(/has no field "title"/);
    const outside = { ...templated, tree: { id: '{service.id}', children: [{ indicator: 'x' }] } };
    expect(() => loadMethodologyText(JSON.stringify(outside), lists)).toThrow(MethodologyError);
  });
});

describe('validation errors name the path', () => {
  it('reports the first invalid field', () => {
    const bad = { ...templated, rank: { ties: 'average' } };
    expect(() => loadMethodologyText(JSON.stringify(bad), lists)).toThrow(/^methodology: rank\.ties: /);
    expect(() => loadMethodologyText('{ not json', lists)).toThrow(/not valid JSON/);
    const negative = { ...templated, tree: { id: 'index', children: [{ indicator: 'x', weight: -1 }] } };
    expect(() => loadMethodologyText(JSON.stringify(negative), lists)).toThrow(
      /tree\.children\[0\]\.weight: expected a finite number ≥ 0/,
    );
  });
});

describe('hashing', () => {
  it('is the same for the same document in another key order and differs when a weight changes', () => {
    const reordered = Object.fromEntries(Object.entries(templated).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(templated));
    expect(methodologyHash(reordered)).toBe(methodologyHash(templated));
    const heavier = {
      ...templated,
      tree: { ...templated.tree, children: [{ ...templated.tree.children[0], weight: 2 }] },
    };
    expect(methodologyHash(heavier)).not.toBe(methodologyHash(templated));
  });
});

describe('the ministry preset', () => {
  it('expands with the reference lists into 18 services × 10 stages × the scored indicators', () => {
    const reference = readReferenceLists(new URL('../../data/reference/', import.meta.url).pathname);
    const text = readFileSync(new URL('../../data/methodologies/ministry-2019.json', import.meta.url), 'utf8');
    const m = loadMethodologyText(text, reference);
    const scored = reference.indicator.length;
    const leaves = m.expanded.tree.nodes.filter((n) => n.indicator);
    expect(reference.service).toHaveLength(18);
    expect(leaves).toHaveLength(18 * scored);
    expect(m.expanded.tree.nodes).toHaveLength(1 + 18 + 18 * 10 + 18 * scored);
    // durations are inverted, yes/partial/no read from labels
    expect(leaves.find((n) => n.id === 'marriage_registration.decision_median_days')!.indicator!.direction).toBe(-1);
    expect(m.categories.get('hunting_licence.appeal_online')).toMatchObject({
      yes: 1,
      partial: 0.5,
      no: 0,
      да: 1,
      частично: 0.5,
      нет: 0,
    });
  });
});

describe('the uncertainty section', () => {
  const uncertainty = { runs: 200, assumptions: [{ id: 'weights', kind: 'weight-noise', levels: [2], factor: 0.2 }] };

  it('is part of the document: validated with it, defaults filled in, and the build ignores it', () => {
    const loaded = loadMethodologyText(JSON.stringify({ ...templated, uncertainty }), lists);
    expect(loaded.document.uncertainty).toMatchObject({
      runs: 200,
      seed: 1,
      design: 'saltelli',
      quantiles: [0.05, 0.95],
    });
    expect(loaded.expanded).toEqual(loadMethodologyText(JSON.stringify(templated), lists).expanded);
  });

  it('names the path of a problem inside it', () => {
    const bad = { ...uncertainty, assumptions: [{ ...uncertainty.assumptions[0], factor: 1.5 }] };
    expect(() => loadMethodologyText(JSON.stringify({ ...templated, uncertainty: bad }), lists)).toThrow(
      /^methodology: uncertainty\.assumptions\[0\]\.factor: /,
    );
  });
});
