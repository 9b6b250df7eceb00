/**
 * Every chart is also an SVG (draw.ts, svg-file.ts): well-formed XML with the size of the PNG and a viewBox, the
 * chart's title and alt text as <title> and <desc>, its labels as text, and nothing executable.
 */
import { loadImage } from '@napi-rs/canvas';
import { drawChartFiles } from '../../../src/report/charts/draw.js';
import { planCharts } from '../../../src/report/charts/plan.js';
import { note } from '../../../src/report/charts/specs.js';
import { finishSvg } from '../../../src/report/charts/svg-file.js';
import { xmlProblems } from '../../support/xml-well-formed.js';
import { fixtureModel } from '../tables/fixture-model.js';

const model = fixtureModel();
const plan = planCharts(model, 'ru');
const chart = (file: string) => {
  const i = plan.files.findIndex((f) => f.file === file);
  expect(i).toBeGreaterThanOrEqual(0);
  return { file: plan.files[i]!, draw: plan.draws[i]! };
};
const rootAttribute = (svg: string, name: string) => new RegExp(`<svg\\b[^>]*\\s${name}="([^"]*)"`).exec(svg)?.[1];
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe('chart SVGs', () => {
  test.each([
    // the tile map: 2 × 20 px margins + 19 columns of 52 px tiles and 4 px gaps; 70 px title + 11 rows + 100 px legend
    ['charts/tile-map-SYNTHETIC.png', 1104, 786],
    ['charts/ranking-all-SYNTHETIC.png', null, null],
    ['charts/services-heatmap-SYNTHETIC.png', null, null],
  ])('%s: XML with size, viewBox, title, description and labels as text, no script', async (file, width, height) => {
    const { file: planned, draw } = chart(file);
    const { png, svg: bytes } = await drawChartFiles(model, 'ru', draw);
    const svg = bytes.toString('utf8');
    expect(xmlProblems(svg)).toEqual([]);
    const pngImage = await loadImage(png);
    if (width !== null) expect([pngImage.width, pngImage.height]).toEqual([width, height]);
    expect(rootAttribute(svg, 'width')).toBe(String(pngImage.width));
    expect(rootAttribute(svg, 'height')).toBe(String(pngImage.height));
    expect(rootAttribute(svg, 'viewBox')).toBe(`0 0 ${pngImage.width} ${pngImage.height}`);
    expect(svg).toContain(`<title id="title">${xml(planned.title)}</title>`);
    expect(svg).toContain(`<desc id="desc">${xml(planned.alt)}\n${xml(note(model, 'ru'))}</desc>`);
    expect(svg).toMatch(/<desc id="desc">[^<]*СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ/);
    // the title is drawn as text, word by word (Skia writes a <text> per run of glyphs)
    for (const word of planned.title.split(/\s+/).filter((w) => w.length > 3)) expect(texts(svg)).toContain(word);
    expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(svg).not.toMatch(/font-family="PT Sans"/); // the family always comes with its fallbacks
    const image = await loadImage(bytes); // a renderer takes it, at its size
    expect([image.width, image.height]).toEqual([pngImage.width, pngImage.height]);
  });

  test('region labels are text in the ranking chart', async () => {
    const { draw } = chart('charts/ranking-all-SYNTHETIC.png');
    const svg = (await drawChartFiles(model, 'ru', draw)).svg.toString('utf8');
    expect(texts(svg)).toContain('Смоленская');
    expect(texts(svg)).toContain('Тульская');
  });

  test('a title with markup characters is escaped; anything executable is refused', () => {
    const raw =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><rect width="1"/></svg>';
    const svg = finishSvg(raw, 10, 20, { title: 'A < B & "C"', alt: "it's" });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('<title id="title">A &lt; B &amp; &quot;C&quot;</title><desc id="desc">it&apos;s</desc>');
    expect(() => finishSvg(raw.replace('<rect', '<script>x</script><rect'), 10, 20, { title: '', alt: '' })).toThrow(
      /script/,
    );
    expect(() => finishSvg(raw.replace('<rect', '<rect onload="x()"'), 10, 20, { title: '', alt: '' })).toThrow(
      /script/,
    );
  });
});
