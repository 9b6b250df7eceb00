/**
 * Textbook cases from Cooper, Seiford & Tone, "Data Envelopment Analysis" (2nd ed., Springer 2007), chapter 1:
 * Table 1.1 (eight stores, one input: employees, one output: sales) and Table 1.3 (nine stores, two inputs:
 * employees and floor area, one output: sales = 1). Every expected score is worked by hand in the comments
 * (radial projection onto the frontier), so the test does not rest on a transcription of the printed table.
 * Two extra stores (J, K) are our own, added to exercise weak efficiency and slacks.
 */
import { deaInputOriented, type DeaUnit } from '../../../../src/core/programme/dea/envelopment.js';

const stores1x1: DeaUnit[] = [
  ['A', 2, 1],
  ['B', 3, 3],
  ['C', 3, 2],
  ['D', 4, 3],
  ['E', 5, 4],
  ['F', 5, 2],
  ['G', 6, 3],
  ['H', 8, 5],
].map(([id, employees, sales]) => ({ id: id as string, inputs: [employees as number], outputs: [sales as number] }));

const stores2x1: DeaUnit[] = [
  ['A', 4, 3],
  ['B', 7, 3],
  ['C', 8, 1],
  ['D', 4, 2],
  ['E', 2, 4],
  ['F', 5, 2],
  ['G', 6, 4],
  ['H', 5.5, 2.5],
  ['I', 6, 2.5],
].map(([id, employees, area]) => ({ id: id as string, inputs: [employees as number, area as number], outputs: [1] }));

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> => Object.fromEntries(rows.map((r) => [r.id, r]));

describe('deaInputOriented, CCR (constant returns)', () => {
  it('gives θ = (y/x) / max(y/x) with one input and one output', () => {
    // Sales per employee: A .5, B 1, C .667, D .75, E .8, F .4, G .5, H .625; B is the best, so θ_j = ratio_j / 1.
    const scores = byId(deaInputOriented(stores1x1, 'constant'));
    const expected = { A: 1 / 2, B: 1, C: 2 / 3, D: 3 / 4, E: 4 / 5, F: 2 / 5, G: 1 / 2, H: 5 / 8 };
    for (const [id, theta] of Object.entries(expected)) expect(scores[id].efficiency).toBeCloseTo(theta, 6);
    expect(
      Object.values(scores)
        .filter((s) => s.efficient)
        .map((s) => s.id),
    ).toEqual(['B']);
    // Every inefficient store is benchmarked on B alone, scaled to its sales: D (sales 3) gets λ_B = 1.
    expect(scores.D.peers).toEqual(['B']);
    expect(scores.D.lambdas[0].weight).toBeCloseTo(1, 6);
  });

  it('scores the two-input stores against the frontier E–D–C', () => {
    // Per unit of sales the frontier is E(2,4) – D(4,2) – C(8,1); a point of E–D is (2+2s, 4−2s), of D–C (4+4s, 2−s).
    // A(4,3):   on E–D, (2+2s)/(4−2s) = 4/3   → s = 5/7,  x1 = 24/7,  θ = 6/7.
    // B(7,3):   on D–C, (4+4s)/(2−s) = 7/3    → s = 2/19, x1 = 84/19, θ = 12/19.
    // F(5,2):   on D–C, (4+4s)/(2−s) = 5/2    → s = 2/13, x1 = 60/13, θ = 12/13.
    // G(6,4):   on E–D, (2+2s)/(4−2s) = 3/2   → s = 4/5,  x1 = 18/5,  θ = 3/5.
    // H(5.5,2.5): on D–C, (4+4s)/(2−s) = 11/5 → s = 2/31, x1 = 132/31, θ = 24/31.
    // I(6,2.5): on D–C, (4+4s)/(2−s) = 12/5   → s = 1/8,  x1 = 9/2,   θ = 3/4.
    const scores = byId(deaInputOriented(stores2x1, 'constant'));
    const expected = { A: 6 / 7, B: 12 / 19, C: 1, D: 1, E: 1, F: 12 / 13, G: 3 / 5, H: 24 / 31, I: 3 / 4 };
    for (const [id, theta] of Object.entries(expected)) expect(scores[id].efficiency).toBeCloseTo(theta, 6);
    expect(
      Object.values(scores)
        .filter((s) => s.efficient)
        .map((s) => s.id),
    ).toEqual(['C', 'D', 'E']);
    expect(scores.A.peers).toEqual(['D', 'E']);
    expect(scores.B.peers).toEqual(['C', 'D']);
    // A's projection (24/7, 18/7) = λ_D·D + λ_E·E with λ_D = s = 5/7 and λ_E = 2/7.
    expect(byId(scores.A.lambdas.map((l) => ({ ...l })))).toEqual({
      D: { id: 'D', weight: expect.closeTo(5 / 7, 6) },
      E: { id: 'E', weight: expect.closeTo(2 / 7, 6) },
    });
  });

  it('separates weakly efficient units by maximising slacks after θ', () => {
    // J(10,1): no radial contraction keeps area ≥ 1, so θ = 1, but C produces the same with 2 fewer employees:
    //   weakly efficient, s⁻ = (2, 0), peer C.
    // K(3,7): to dominate E(2,4) radially needs 3θ ≥ 2 and 7θ ≥ 4 → θ = max(2/3, 4/7) = 2/3, leaving an area
    //   slack of 7·2/3 − 4 = 2/3, peer E.
    const units = [...stores2x1, { id: 'J', inputs: [10, 1], outputs: [1] }, { id: 'K', inputs: [3, 7], outputs: [1] }];
    const scores = byId(deaInputOriented(units, 'constant'));
    expect(scores.J.efficiency).toBeCloseTo(1, 6);
    expect(scores.J.efficient).toBe(false);
    expect(scores.J.weaklyEfficient).toBe(true);
    expect(scores.J.inputSlacks[0]).toBeCloseTo(2, 6);
    expect(scores.J.inputTargets).toEqual([expect.closeTo(8, 6), expect.closeTo(1, 6)]);
    expect(scores.J.peers).toEqual(['C']);
    expect(scores.K.efficiency).toBeCloseTo(2 / 3, 6);
    expect(scores.K.inputSlacks[1]).toBeCloseTo(2 / 3, 6);
    expect(scores.K.peers).toEqual(['E']);
  });
});

describe('deaInputOriented, BCC (variable returns)', () => {
  it('scores the one-input stores against the convex frontier A–B–E–H', () => {
    // Upper hull of (employees, sales): A(2,1) – B(3,3) slope 2, B – E(5,4) slope 1/2, E – H(8,5) slope 1/3.
    // C(3,2): sales 2 are reached on A–B at x = 2 + 1/2 = 2.5 → θ = 2.5/3 = 5/6 (peers A, B, λ = ½ each).
    // D(4,3): B reaches sales 3 with 3 employees → θ = 3/4. F(5,2): x = 2.5 → θ = 1/2. G(6,3): θ = 3/6 = 1/2.
    const scores = byId(deaInputOriented(stores1x1, 'variable'));
    const expected = { A: 1, B: 1, C: 5 / 6, D: 3 / 4, E: 1, F: 1 / 2, G: 1 / 2, H: 1 };
    for (const [id, theta] of Object.entries(expected)) expect(scores[id].efficiency).toBeCloseTo(theta, 6);
    expect(
      Object.values(scores)
        .filter((s) => s.efficient)
        .map((s) => s.id),
    ).toEqual(['A', 'B', 'E', 'H']);
    expect(scores.C.peers).toEqual(['A', 'B']);
    for (const l of scores.C.lambdas) expect(l.weight).toBeCloseTo(0.5, 6);
  });

  it('is never below the CCR score (BCC frontier envelops the CCR one from inside)', () => {
    const ccr = deaInputOriented(stores2x1, 'constant');
    const bcc = deaInputOriented(stores2x1, 'variable');
    ccr.forEach((s, j) => expect(bcc[j].efficiency).toBeGreaterThanOrEqual(s.efficiency - 1e-9));
  });
});

describe('deaInputOriented input checks', () => {
  it('does not depend on the units of measure', () => {
    const inRoubles = stores2x1.map((u) => ({ ...u, inputs: [u.inputs[0] * 1e9, u.inputs[1]] }));
    const a = deaInputOriented(stores2x1, 'constant');
    const b = deaInputOriented(inRoubles, 'constant');
    a.forEach((s, j) => expect(b[j].efficiency).toBeCloseTo(s.efficiency, 6));
  });

  it('rejects a zero input', () => {
    expect(() => deaInputOriented([{ id: 'X', inputs: [0], outputs: [1] }], 'constant')).toThrow(
      'unit X needs finite inputs > 0',
    );
  });
});

describe('deaInputOriented against an independent geometric solution', () => {
  /**
   * With one input and two outputs, CCR reduces to the output-ratio plane: with rⱼ = yⱼ/xⱼ,
   * 1/θₒ = max t such that t·rₒ ≤ μ·rⱼ + (1 − μ)·rₖ for some pair j, k and μ ∈ [0, 1] (free disposal).
   * For a pair, f(μ) = minᵣ (μ rⱼᵣ + (1 − μ) rₖᵣ) / rₒᵣ is concave and piecewise linear, so its maximum is at
   * μ = 0, μ = 1 or where the two output terms cross. Brute force over all pairs gives θ without any LP.
   */
  function geometricCcr(units: DeaUnit[], o: number): number {
    const r = units.map((u) => u.outputs.map((y) => y / u.inputs[0]));
    const f = (j: number, k: number, mu: number): number =>
      Math.min(...r[o].map((ro, q) => (mu * r[j][q] + (1 - mu) * r[k][q]) / ro));
    let best = 0;
    for (let j = 0; j < units.length; j++) {
      for (let k = 0; k < units.length; k++) {
        const d0 = (r[j][0] - r[k][0]) / r[o][0];
        const d1 = (r[j][1] - r[k][1]) / r[o][1];
        const crossing = d0 === d1 ? 0 : (r[k][1] / r[o][1] - r[k][0] / r[o][0]) / (d0 - d1);
        for (const mu of [0, 1, crossing]) if (mu >= 0 && mu <= 1) best = Math.max(best, f(j, k, mu));
      }
    }
    return 1 / best;
  }

  it('agrees on 25 pseudo-random units', () => {
    let seed = 12345;
    const uniform = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const units: DeaUnit[] = Array.from({ length: 25 }, (_, j) => ({
      id: `U${j}`,
      inputs: [1e8 * (1 + 9 * uniform())],
      outputs: [10 + 90 * uniform(), 1000 * (0.1 + uniform())],
    }));
    const scores = deaInputOriented(units, 'constant');
    scores.forEach((s, o) => expect(s.efficiency).toBeCloseTo(geometricCcr(units, o), 6));
  });
});
