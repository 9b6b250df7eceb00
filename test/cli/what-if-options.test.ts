/** Command-line what-if words become core edits; malformed words are input errors naming the option. */
import { MethodologyError } from '../../src/methodology/errors.js';
import { whatIfEdits } from '../../src/cli/what-if-options.js';

describe('whatIfEdits', () => {
  it('reads NODE=WEIGHT with a dotted node id, drops, and a bare method name', () => {
    expect(whatIfEdits({ weight: ['s1.t2=0.5'], drop: ['s3'], normaliser: 'rank' })).toEqual([
      { kind: 'weight', node: 's1.t2', weight: 0.5 },
      { kind: 'drop', node: 's3' },
      { kind: 'normaliser', normaliser: { method: 'rank' } },
    ]);
  });

  it.each(['a=-1', 'a=', 'a=1e400', 'a=x', '=1'])('rejects --weight %s', (word) => {
    expect(() => whatIfEdits({ weight: [word] })).toThrow(MethodologyError);
    expect(() => whatIfEdits({ weight: [word] })).toThrow(
      /^methodology: --weight: expected NODE=WEIGHT with a finite weight ≥ 0/,
    );
  });
});
