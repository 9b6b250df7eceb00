/**
 * Registers PT Sans (OFL, shipped in the npm package @expo-google-fonts/pt-sans) with @napi-rs/canvas once, so
 * Cyrillic labels render on machines without system fonts.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';

export const FONT_FAMILY = 'PT Sans';
let registered = false;

export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const face of ['400Regular/PTSans_400Regular.ttf', '700Bold/PTSans_700Bold.ttf']) {
    GlobalFonts.registerFromPath(require.resolve(`@expo-google-fonts/pt-sans/${face}`), FONT_FAMILY);
  }
  registered = true;
}
