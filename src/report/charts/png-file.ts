/**
 * Encodes a drawn canvas as a PNG file (ISO/IEC 15948): IHDR, one IDAT, IEND, nothing else, so the same pixels always
 * give the same bytes. Every row has filter type 0 (None): a chart's flat areas compress best unfiltered. The
 * scanlines are deflated by zlib at level 5, either in libuv's thread pool (`encodePng`, so a chart worker draws the
 * next chart meanwhile) or in the calling thread (`encodePngSync`); both give the same bytes. Against Skia's encoder
 * (`canvas.encode('png')`, adaptive filters, level 6), measured side by side on the demo's 85 tile maps: a smaller file
 * (76 KB against 82 KB), and about a fifth less time for the encoding itself (rasterising, which Skia defers until the
 * pixels are read, costs the same either way); level 6 took twice as long for 71 KB.
 *
 * A chart drawn on a white background is opaque: it is written as 8-bit RGB (colour type 2), a quarter smaller before
 * compression. A canvas with any pixel not fully opaque is written as 8-bit RGBA (colour type 6); the canvas stores
 * premultiplied colour, which PNG does not, so those pixels are un-premultiplied (c · 255 / α, rounded).
 */
import type { Canvas } from '@napi-rs/canvas';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { crc32 } from '../../zip/zip-writer.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DEFLATE = { level: 5 } as const;
const deflate = promisify(zlib.deflate);

/** The canvas's pixels as PNG scanlines (a filter byte, 0, before each row) and the colour type they are in. */
export function pngScanlines(
  rgbaPremultiplied: Uint8Array,
  width: number,
  height: number,
): { scanlines: Buffer; colourType: 2 | 6 } {
  const pixels = width * height;
  if (rgbaPremultiplied.length !== pixels * 4)
    throw new RangeError(`${rgbaPremultiplied.length} bytes are not ${width} × ${height} RGBA pixels`);
  let opaque = true;
  for (let i = 3; i < rgbaPremultiplied.length; i += 4)
    if (rgbaPremultiplied[i] !== 255) {
      opaque = false;
      break;
    }
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const scanlines = Buffer.alloc((stride + 1) * height); // zero-filled: every filter byte is 0 (None)
  for (let y = 0; y < height; y++) {
    let out = y * (stride + 1) + 1;
    let at = y * width * 4;
    for (let x = 0; x < width; x++, at += 4) {
      const alpha = rgbaPremultiplied[at + 3]!;
      if (opaque || alpha === 255) {
        scanlines[out++] = rgbaPremultiplied[at]!;
        scanlines[out++] = rgbaPremultiplied[at + 1]!;
        scanlines[out++] = rgbaPremultiplied[at + 2]!;
      } else if (alpha === 0) {
        out += 3; // fully transparent: colour 0
      } else {
        scanlines[out++] = Math.min(255, Math.round((rgbaPremultiplied[at]! * 255) / alpha));
        scanlines[out++] = Math.min(255, Math.round((rgbaPremultiplied[at + 1]! * 255) / alpha));
        scanlines[out++] = Math.min(255, Math.round((rgbaPremultiplied[at + 2]! * 255) / alpha));
      }
      if (!opaque) scanlines[out++] = alpha;
    }
  }
  return { scanlines, colourType: opaque ? 2 : 6 };
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function pngFile(width: number, height: number, colourType: 2 | 6, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = colourType;
  // compression 0 (deflate), filter method 0, no interlace: already 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}

/** The canvas as a PNG, compressed in libuv's thread pool. */
export async function encodePng(canvas: Canvas): Promise<Buffer> {
  const { scanlines, colourType } = pngScanlines(canvas.data(), canvas.width, canvas.height);
  return pngFile(canvas.width, canvas.height, colourType, await deflate(scanlines, DEFLATE));
}

/** The same bytes as encodePng, compressed in the calling thread. */
export function encodePngSync(canvas: Canvas): Buffer {
  const { scanlines, colourType } = pngScanlines(canvas.data(), canvas.width, canvas.height);
  return pngFile(canvas.width, canvas.height, colourType, zlib.deflateSync(scanlines, DEFLATE));
}
