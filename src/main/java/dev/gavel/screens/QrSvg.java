package dev.gavel.screens;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as an SVG picture: dark modules as one path, on a white quiet zone. */
final class QrSvg {

  /** The quiet zone around the code, in modules: the standard asks for four. */
  private static final int BORDER = 4;

  private QrSvg() {}

  static String of(String text) {
    QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = code.size + BORDER * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < code.size; y++) {
      for (int x = 0; x < code.size; x++) {
        if (code.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">\
    <rect width="100%%" height="100%%" fill="#fff"/><path d="%s" fill="#000"/></svg>
    """
        .formatted(size, size, path);
  }
}
