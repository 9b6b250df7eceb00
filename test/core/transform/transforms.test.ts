import { transformFor } from '../../../src/core/transform/transforms.js';
import type { TransformSpec } from '../../../src/core/spec.js';

function apply(spec: TransformSpec, x: number[]): number[] {
  const out = new Float64Array(x.length);
  transformFor(spec.method)(Float64Array.from(x), out, spec);
  return Array.from(out);
}

describe('transforms', () => {
  it('cap clamps to the given bounds and keeps missing values missing', () => {
    // HDI: expected schooling capped at 18
    expect(apply({ method: 'cap', max: 18 }, [12, 18.1, 25, NaN])).toEqual([12, 18, 18, NaN]);
    expect(apply({ method: 'cap', min: 0, max: 1 }, [-0.5, 0.5, 2])).toEqual([0, 0.5, 1]);
  });
  it('log takes ln(x + offset) and refuses non-positive arguments', () => {
    expect(apply({ method: 'log' }, [1, Math.E])).toEqual([0, 1]);
    expect(apply({ method: 'log', offset: 1 }, [0])).toEqual([0]);
    expect(() => apply({ method: 'log' }, [0])).toThrow(/log: value 0 \+ offset 0 is not > 0/);
    expect(() => transformFor('sqrt')).toThrow(/unknown method "sqrt"/);
  });
});
