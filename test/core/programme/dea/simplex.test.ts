import { solveLinearProgram } from '../../../../src/core/programme/dea/simplex.js';

describe('solveLinearProgram', () => {
  it('finds the vertex where two binding constraints meet', () => {
    // max x + y s.t. x + 2y ≤ 4, 3x + y ≤ 6. Both binding: from the first x = 4 − 2y, so 12 − 6y + y = 6,
    // y = 6/5 = 1.2 and x = 1.6; the minimum of −x − y is −2.8.
    const solution = solveLinearProgram({
      objective: [-1, -1],
      constraints: [
        { coefficients: [1, 2], relation: '<=', rhs: 4 },
        { coefficients: [3, 1], relation: '<=', rhs: 6 },
      ],
    });
    expect(solution.status).toBe('optimal');
    expect(solution.x[0]).toBeCloseTo(1.6, 9);
    expect(solution.x[1]).toBeCloseTo(1.2, 9);
    expect(solution.value).toBeCloseTo(-2.8, 9);
  });

  it('handles ≥ and = rows and negative right-hand sides (phase 1)', () => {
    // min 2a + 3b s.t. a + b ≥ 4, −a = −1 (so a = 1, b ≥ 3): the optimum is a = 1, b = 3, value 2 + 9 = 11.
    const solution = solveLinearProgram({
      objective: [2, 3],
      constraints: [
        { coefficients: [1, 1], relation: '>=', rhs: 4 },
        { coefficients: [-1, 0], relation: '=', rhs: -1 },
      ],
    });
    expect(solution.status).toBe('optimal');
    expect(solution.x).toEqual([expect.closeTo(1, 9), expect.closeTo(3, 9)]);
    expect(solution.value).toBeCloseTo(11, 9);
  });

  it("terminates on Beale's cycling example thanks to Bland's rule", () => {
    // Beale (1955): the textbook rule cycles forever here; the optimum is x4 = 1, x6 = 1 with value −3/4 − 1/2 = −5/4.
    const solution = solveLinearProgram({
      objective: [-0.75, 20, -0.5, 6],
      constraints: [
        { coefficients: [0.25, -8, -1, 9], relation: '<=', rhs: 0 },
        { coefficients: [0.5, -12, -0.5, 3], relation: '<=', rhs: 0 },
        { coefficients: [0, 0, 1, 0], relation: '<=', rhs: 1 },
      ],
    });
    expect(solution.status).toBe('optimal');
    expect(solution.value).toBeCloseTo(-1.25, 9);
  });

  it('reports infeasible and unbounded programmes', () => {
    const infeasible = solveLinearProgram({
      objective: [1],
      constraints: [
        { coefficients: [1], relation: '>=', rhs: 2 },
        { coefficients: [1], relation: '<=', rhs: 1 },
      ],
    });
    expect(infeasible.status).toBe('infeasible');
    const unbounded = solveLinearProgram({
      objective: [-1],
      constraints: [{ coefficients: [1], relation: '>=', rhs: 1 }],
    });
    expect(unbounded.status).toBe('unbounded');
  });

  it('rejects a constraint of the wrong width', () => {
    expect(() =>
      solveLinearProgram({ objective: [1, 1], constraints: [{ coefficients: [1], relation: '<=', rhs: 1 }] }),
    ).toThrow('constraint 0 has 1 coefficients, expected 2');
  });
});
