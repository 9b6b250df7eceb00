/**
 * The two surfaces a chart is drawn on, with the same drawing code: a raster canvas (encoded as PNG) and an SVG canvas
 * (@napi-rs/canvas's Skia SVG backend, compact XML; svg-file.ts finishes it).
 */
import { type Canvas, createCanvas, type SvgCanvas, SvgExportFlag } from '@napi-rs/canvas';

export type Surface = Canvas | SvgCanvas;
export type MakeSurface<S extends Surface> = (width: number, height: number) => S;

export const pngSurface: MakeSurface<Canvas> = (width, height) => createCanvas(width, height);
export const svgSurface: MakeSurface<SvgCanvas> = (width, height) =>
  createCanvas(width, height, SvgExportFlag.NoPrettyXML);
