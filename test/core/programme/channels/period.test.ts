import { periodKey } from '../../../../src/core/programme/channels/period.js';

describe('periodKey', () => {
  it('keys by the UTC calendar of the submission', () => {
    const lateOnNewYearsEve = new Date('2024-12-31T23:00:00Z'); // already 2025 in Moscow (UTC+3), still 2024 in UTC
    expect(periodKey(lateOnNewYearsEve, 'year')).toBe('2024');
    expect(periodKey(lateOnNewYearsEve, 'quarter')).toBe('2024-Q4');
    expect(periodKey(new Date('2024-03-31T12:00:00Z'), 'quarter')).toBe('2024-Q1');
    expect(periodKey(new Date('2024-04-01T00:00:00Z'), 'quarter')).toBe('2024-Q2');
    expect(periodKey(new Date('2024-02-29T00:00:00Z'), 'month')).toBe('2024-02');
  });
});
