import type { Page } from "@playwright/test";
import type { TBox } from "./reader";

/**
 * Reads a PNG screenshot back in the browser (a canvas decodes it; no image library needed)
 * and returns the box of the pixels tinted like a highlight of `color` at `alpha` over white,
 * in the screenshot's own pixel coordinates, or null when no pixel has that tint.
 */
export async function tintedBox(
  page: Page,
  png: Buffer,
  color: string,
  alpha: number,
  tolerance = 8,
): Promise<(TBox & { count: number }) | null> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const tint = [r, g, b].map((c) => Math.round(255 - alpha * (255 - (c ?? 0))));
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ data, tint, tolerance }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no 2d canvas");
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let left = Infinity;
        let right = -Infinity;
        let top = Infinity;
        let bottom = -Infinity;
        let count = 0;
        for (let y = 0; y < image.height; y++) {
          for (let x = 0; x < image.width; x++) {
            const i = (y * image.width + x) * 4;
            const close = [0, 1, 2].every((c) => Math.abs((pixels[i + c] ?? 0) - (tint[c] ?? 0)) <= tolerance);
            if (!close) continue;
            count++;
            left = Math.min(left, x);
            right = Math.max(right, x + 1);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y + 1);
          }
        }
        return count === 0 ? null : { left, right, top, bottom, count };
      },
      { data: png.toString("base64"), tint, tolerance },
    );
  } finally {
    await scratch.close();
  }
}
