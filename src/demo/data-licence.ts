/**
 * The licence of the SYNTHETIC demo dataset and of every output made from it: public-domain dedication (CC0-1.0),
 * since the values are invented. The code that generates it is MIT like the rest of egov-monitor. README.md states
 * the same (test/docs/readme-promises.test.ts checks it).
 */
export const SYNTHETIC_DATA_LICENCE = 'CC0-1.0';
