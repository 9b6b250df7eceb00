/** The board's status of a region × kind, worked by hand from its submissions. */
import { boardStatus } from '../../src/campaign/board-status.js';

const at = (day: string) => `${day}T10:00:00.000Z`;

test('not submitted, with rejects, accepted, corrected after the deadline', () => {
  expect(boardStatus([], '2027-02-01')).toBe('not_submitted');
  expect(boardStatus([{ status: 'rejected', correction: false, submittedAt: at('2027-01-10') }], '2027-02-01')).toBe(
    'with_rejects',
  );
  const fixed = [
    { status: 'rejected' as const, correction: false, submittedAt: at('2027-01-10') },
    { status: 'accepted' as const, correction: false, submittedAt: at('2027-01-11') },
  ];
  expect(boardStatus(fixed, '2027-02-01')).toBe('accepted');
  // A correction on the deadline day is on time; the day after is late.
  const onTime = [...fixed, { status: 'accepted' as const, correction: true, submittedAt: at('2027-02-01') }];
  expect(boardStatus(onTime, '2027-02-01')).toBe('accepted');
  const late = [...fixed, { status: 'accepted' as const, correction: true, submittedAt: at('2027-02-02') }];
  expect(boardStatus(late, '2027-02-01')).toBe('corrected_late');
  // A rejected file after an accepted one: the latest file has rejects.
  expect(
    boardStatus([...fixed, { status: 'refused', correction: false, submittedAt: at('2027-01-12') }], '2027-02-01'),
  ).toBe('with_rejects');
});
