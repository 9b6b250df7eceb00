import { scoreClass, scoreFill, tileLabel, tileMap, type MapTile } from '../../src/web/pages/tile-map.js';
import { squashHtml } from '../support/html.js';

const tula: MapTile = {
  code: 'RU-TUL',
  name: 'Тульская область',
  row: 5,
  col: 4,
  score: 86.73,
  rank: 3,
  district: 'CFD',
};
const omsk: MapTile = {
  code: 'RU-OMS',
  name: 'Омская область',
  row: 6,
  col: 12,
  score: null,
  rank: null,
  district: 'SFO',
};

describe('tile map', () => {
  test('five classes of 20 points; a score on a bound goes to the upper class, 100 to the last, none to none', () => {
    expect([0, 19.99, 20, 39.9, 40, 79.99, 80, 100].map(scoreClass)).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
    expect(scoreClass(null)).toBeNull();
    expect(new Set([0, 20, 40, 60, 80].map(scoreFill)).size).toBe(5);
    expect(scoreFill(null)).toBe('#c8ced4');
  });

  test('tooltips give the name, the score with the page’s decimal mark and the place', () => {
    expect(tileLabel(tula, 'ru')).toBe('Тульская область: 86,7, место 3');
    expect(tileLabel({ ...tula, name: 'Tula Oblast' }, 'en')).toBe('Tula Oblast: 86.7, place 3');
    expect(tileLabel(omsk, 'ru')).toBe('Омская область: нет оценки');
  });

  test('a legend names every class and the grey of a missing score; a chosen district fades the others', () => {
    const svg = squashHtml(String(tileMap([tula, omsk], 'ru', 'Карта', 'CFD')));
    for (const text of ['0–20', '20–40', '40–60', '60–80', '80–100', 'нет оценки'])
      expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain('<a href="/regions/RU-OMS" aria-label="Омская область: нет оценки" class="faded">');
    expect(svg).toMatch(/<a href="\/regions\/RU-TUL" aria-label="Тульская область: 86,7, место 3"><title>/);
    expect(String(tileMap([tula, omsk], 'ru', 'Карта'))).not.toContain('faded');
  });
});
