import QRCode from 'qrcode';

/** The open link as a QR code, drawn here: a staff-room poster never calls out to a QR service. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
