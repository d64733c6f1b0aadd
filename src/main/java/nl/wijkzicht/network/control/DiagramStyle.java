package nl.wijkzicht.network.control;

import nl.wijkzicht.network.control.Diagram.EdgeStyle;
import nl.wijkzicht.network.control.Diagram.NodeStyle;

/**
 * Colours and strokes shared by the SVG and the Graphics2D renderer, so a map looks the same in the
 * browser and in a PDF. Colour is never the only carrier: weak links are dashed, absent ones
 * dotted, strong ones thick, and all three are labelled; a missing role has a dashed border and
 * says so.
 */
public final class DiagramStyle {

  private DiagramStyle() {}

  public record Stroke(String colour, double width, double[] dash) {}

  public record Fill(String fill, String border, double borderWidth, boolean dashedBorder) {}

  public static Stroke of(EdgeStyle style) {
    return switch (style) {
      case NORMAL -> new Stroke("#607d8b", 1.5, new double[0]);
      case STRONG -> new Stroke("#1b5e20", 4, new double[0]);
      case WEAK -> new Stroke("#b34700", 2.5, new double[] {8, 5});
      case ABSENT -> new Stroke("#b71c1c", 2.5, new double[] {2, 5});
    };
  }

  public static Fill of(NodeStyle style, boolean coordinator) {
    double border = coordinator ? 3.5 : 1.5;
    return switch (style) {
      case CENTRE -> new Fill("#e3f2fd", "#0d47a1", border, false);
      case CARER -> new Fill("#fff8e1", "#8d6e00", border, false);
      case PROFESSIONAL -> new Fill("#ffffff", "#37474f", border, false);
      case MISSING -> new Fill("#fafafa", "#b71c1c", border, true);
    };
  }

  public static final String TEXT = "#1a1a1a";
  public static final String LABEL_BACKGROUND = "#ffffff";
}
