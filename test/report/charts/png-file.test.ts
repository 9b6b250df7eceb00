import { type Canvas, createCanvas, loadImage } from '@napi-rs/canvas';
import { inflateSync } from 'node:zlib';
import { encodePng, encodePngSync, pngScanlines } from '../../../src/report/charts/png-file.js';

/** The chunks of a PNG file: [type, data] in order (length and CRC read from the file). */
function chunks(png: Buffer): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push([png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return out;
}

/** Pixels as an independent decoder (Skia's, through loadImage) reads them back: straight (not premultiplied) RGBA. */
async function decoded(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return {
    width: image.width,
    height: image.height,
    data: canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data,
  };
}

/** A canvas one pixel high with the given pixels filled (x → CSS colour); the others stay transparent. */
function pixelRow(width: number, fills: Record<number, string>): Canvas {
  const canvas = createCanvas(width, 1);
  const ctx = canvas.getContext('2d');
  for (const [x, colour] of Object.entries(fills)) {
    ctx.fillStyle = colour;
    ctx.fillRect(Number(x), 0, 1, 1);
  }
  return canvas;
}

describe('PNG files of charts (png-file.ts)', () => {
  test('a 2 × 1 opaque canvas is written as RGB, hand-worked: IHDR 2 × 1 × 8-bit colour type 2, one unfiltered scanline', () => {
    const png = encodePngSync(pixelRow(2, { 0: '#ff0000', 1: '#0080ff' }));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map(([type]) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    // width 2, height 1, bit depth 8, colour type 2 (RGB), compression 0, filter 0, interlace 0
    expect([...parts[0]![1]]).toEqual([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    // filter byte 0, then red (255, 0, 0) and #0080ff (0, 128, 255)
    expect([...inflateSync(parts[1]![1])]).toEqual([0, 255, 0, 0, 0, 128, 255]);
    expect(parts[2]![1].length).toBe(0);
  });

  test('the chunk CRCs are those of the PNG standard (IEND of an empty chunk is always AE 42 60 82)', () => {
    const png = encodePngSync(createCanvas(1, 1));
    expect([...png.subarray(png.length - 4)]).toEqual([0xae, 0x42, 0x60, 0x82]);
  });

  test('a drawn chart-like canvas decodes, through an independent decoder, to exactly the pixels drawn', async () => {
    const canvas = createCanvas(300, 120);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 300, 120);
    ctx.fillStyle = '#2e7d32';
    ctx.fillRect(10, 10, 180, 30);
    ctx.strokeStyle = '#8a1c1c';
    ctx.beginPath();
    ctx.arc(240, 70, 25, 0, Math.PI * 2);
    ctx.stroke();
    ctx.fillStyle = '#1b2733';
    ctx.font = '14px sans-serif';
    ctx.fillText('Тульская область 97,2', 10, 100);
    const drawn = ctx.getImageData(0, 0, 300, 120).data;
    const png = await encodePng(canvas);
    const back = await decoded(png);
    expect([back.width, back.height]).toEqual([300, 120]);
    expect(Buffer.from(back.data).equals(Buffer.from(drawn))).toBe(true);
    expect(encodePngSync(canvas).equals(png)).toBe(true); // the same bytes in the pool and in the calling thread
  });

  test('a canvas with transparent and half-transparent pixels is written as RGBA with straight (un-premultiplied) colour', async () => {
    const png = encodePngSync(pixelRow(3, { 1: 'rgba(200, 100, 50, 0.5)', 2: 'rgb(10, 20, 30)' }));
    expect(chunks(png)[0]![1][9]).toBe(6);
    const back = await decoded(png);
    expect([...back.data.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    // 0.5 alpha is stored as 128 (or 127); its colour within one step of (200, 100, 50) after the round trip
    const [r, g, b, a] = back.data.subarray(4, 8);
    expect(Math.abs(a! - 128)).toBeLessThanOrEqual(1);
    expect(Math.abs(r! - 200)).toBeLessThanOrEqual(2);
    expect(Math.abs(g! - 100)).toBeLessThanOrEqual(2);
    expect(Math.abs(b! - 50)).toBeLessThanOrEqual(2);
    expect([...back.data.subarray(8, 12)]).toEqual([10, 20, 30, 255]);
  });

  test('refuses pixel data of the wrong size', () => {
    expect(() => pngScanlines(new Uint8Array(7), 2, 1)).toThrow(RangeError);
  });
});
