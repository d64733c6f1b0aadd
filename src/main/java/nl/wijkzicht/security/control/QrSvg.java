package nl.wijkzicht.security.control;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG path data, so a page can draw it with a plain {@code <svg><path d=".."/></svg>}:
 * no image URL to serve, no inline script, and the path holds only letters and digits, so the page
 * needs no unescaped output.
 */
public final class QrSvg {

  /** The quiet zone the QR standard asks for, in modules. */
  public static final int BORDER = 4;

  private final int size;
  private final String path;

  private QrSvg(int size, String path) {
    this.size = size;
    this.path = path;
  }

  public static QrSvg of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    StringBuilder d = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          d.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return new QrSvg(qr.size + 2 * BORDER, d.toString());
  }

  /** Width and height of the view box in modules, quiet zone included. */
  public int size() {
    return size;
  }

  public String path() {
    return path;
  }

  public String viewBox() {
    return "0 0 " + size + " " + size;
  }
}
