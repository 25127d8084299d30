// A QR code of the status link for the paper letter, as inline SVG (no image file, no network):
// one path of dark squares, so it prints sharp at any size. qrcode-generator is pure JavaScript
// without dependencies and works synchronously, as the letter renderer does.
import qrcode from 'qrcode-generator';

/** Four modules of light border: the quiet zone the QR standard asks for around a code. */
const QUIET_ZONE = 4;

/** An SVG of `text` as a QR code (error correction M: readable with a crease or a stain). */
export function qrCodeSvg(text: string, label: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const size = count + 2 * QUIET_ZONE;
  const squares: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return (
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${squares.join('')}"/></svg>`
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
