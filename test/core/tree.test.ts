import { compileTree, leavesUnder } from '../../src/core/tree.js';
import { tinyNodes } from './fixtures.js';

describe('compileTree', () => {
  it("orders rows children-first and records each node's children", () => {
    const tree = compileTree({ nodes: tinyNodes(), root: 'index' });
    expect(tree.ids).toEqual(['a', 'b', 'P1', 'c', 'P2', 'index']);
    expect(tree.rootRow).toBe(5);
    expect(Array.from(tree.childRows.subarray(tree.childStart[5], tree.childStart[6]), (r) => tree.ids[r])).toEqual([
      'P1',
      'P2',
    ]);
    expect(leavesUnder(tree, 5).map((r) => tree.ids[r])).toEqual(['a', 'b', 'c']);
  });
  it('rejects broken trees with the node named', () => {
    const nodes = tinyNodes();
    expect(() => compileTree({ nodes: [...nodes, nodes[0]], root: 'index' })).toThrow(/duplicate node "a"/);
    expect(() =>
      compileTree({ nodes: nodes.map((n) => (n.id === 'c' ? { ...n, parent: 'P9' } : n)), root: 'index' }),
    ).toThrow(/unknown parent "P9"/);
    expect(() =>
      compileTree({ nodes: nodes.map((n) => (n.id === 'c' ? { ...n, indicator: undefined } : n)), root: 'index' }),
    ).toThrow(/leaf "c" has no indicator/);
    expect(() => compileTree({ nodes, root: 'P1' })).toThrow(/root "P1" has a parent/);
  });
});
