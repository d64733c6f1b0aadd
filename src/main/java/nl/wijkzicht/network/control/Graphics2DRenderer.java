package nl.wijkzicht.network.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import nl.wijkzicht.network.control.DiagramStyle.Fill;
import nl.wijkzicht.network.control.DiagramStyle.Stroke;
import nl.wijkzicht.network.control.Layout.Box;
import nl.wijkzicht.network.control.Layout.PlacedEdge;
import nl.wijkzicht.network.control.Layout.PlacedNode;

/**
 * Draws a {@link Layout} on any Graphics2D: an OpenPDF {@code PdfContentByte.createGraphics} for a
 * report, or an image. Same positions and styles as {@link SvgRenderer}; one layout unit is one
 * Graphics2D unit, so the caller scales to fit.
 */
public final class Graphics2DRenderer {

  private Graphics2DRenderer() {}

  public static void draw(Layout layout, Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Font regular = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Layout.FONT_SIZE);
    Font bold = regular.deriveFont(Font.BOLD);
    for (PlacedEdge edge : layout.edges()) {
      Stroke stroke = DiagramStyle.of(edge.style());
      g.setColor(Color.decode(stroke.colour()));
      g.setStroke(basic(stroke.width(), stroke.dash()));
      g.draw(new Line2D.Double(edge.x1(), edge.y1(), edge.x2(), edge.y2()));
    }
    for (PlacedNode node : layout.nodes()) {
      Fill fill = DiagramStyle.of(node.style(), node.coordinator());
      Box b = node.box();
      RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 12, 12);
      g.setColor(Color.decode(fill.fill()));
      g.fill(shape);
      g.setColor(Color.decode(fill.border()));
      g.setStroke(
          basic(fill.borderWidth(), fill.dashedBorder() ? new double[] {6, 4} : new double[0]));
      g.draw(shape);
      g.setColor(Color.decode(DiagramStyle.TEXT));
      for (int i = 0; i < node.lines().size(); i++) {
        g.setFont(i < node.titleLines() ? bold : regular);
        g.drawString(
            node.lines().get(i),
            (float) (b.x() + NetworkLayout.PADDING),
            (float) SvgRenderer.baseline(b.y() + NetworkLayout.PADDING, i));
      }
    }
    g.setFont(regular);
    for (PlacedEdge edge : layout.edges()) {
      if (edge.labelBox() == null) {
        continue;
      }
      Box b = edge.labelBox();
      Stroke stroke = DiagramStyle.of(edge.style());
      RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 6, 6);
      g.setColor(Color.decode(DiagramStyle.LABEL_BACKGROUND));
      g.fill(shape);
      g.setColor(Color.decode(stroke.colour()));
      g.setStroke(new BasicStroke(1f));
      g.draw(shape);
      g.setColor(Color.decode(DiagramStyle.TEXT));
      g.drawString(edge.label(), (float) (b.x() + 4), (float) SvgRenderer.baseline(b.y() + 2, 0));
    }
  }

  private static BasicStroke basic(double width, double[] dash) {
    if (dash.length == 0) {
      return new BasicStroke((float) width);
    }
    float[] pattern = new float[dash.length];
    for (int i = 0; i < dash.length; i++) {
      pattern[i] = (float) dash[i];
    }
    return new BasicStroke(
        (float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
  }
}
