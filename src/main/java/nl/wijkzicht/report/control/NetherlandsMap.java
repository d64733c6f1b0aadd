package nl.wijkzicht.report.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPatternPainter;
import com.lowagie.text.pdf.PdfTemplate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The municipalities of the Netherlands (CBS/PDOK 2024, the map's GeoJSON) as vector paths in a
 * PDF: read once and kept (about 340 shapes, a few hundred kB), projected equirectangularly with
 * longitude scaled by cos 52°, each municipality filled with its colour, a hatch for small cells.
 */
final class NetherlandsMap {

  static final String RESOURCE = "/nl/wijkzicht/area/boundaries/gemeenten-2024.geojson";
  private static final double COS52 = Math.cos(Math.toRadians(52));

  /** How one municipality is filled. */
  sealed interface Fill permits Solid, Hatched {}

  record Solid(Color colour) implements Fill {}

  record Hatched() implements Fill {}

  /** One municipality: code, name and its rings in projected units (x east, y north). */
  record Shape(String code, String name, List<double[]> rings) {}

  /** The parsed shapes with their bounds. */
  record Shapes(List<Shape> shapes, double minX, double minY, double maxX, double maxY) {}

  private static final class Holder {
    static final Shapes SHAPES = read();
  }

  private NetherlandsMap() {}

  static Shapes shapes() {
    return Holder.SHAPES;
  }

  private static Shapes read() {
    try (InputStream in = NetherlandsMap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      JsonObject root;
      try (JsonReader reader = Json.createReader(in)) {
        root = reader.readObject();
      }
      List<Shape> shapes = new ArrayList<>();
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (JsonValue value : root.getJsonArray("features")) {
        JsonObject feature = value.asJsonObject();
        JsonObject properties = feature.getJsonObject("properties");
        JsonObject geometry = feature.getJsonObject("geometry");
        List<double[]> rings = new ArrayList<>();
        JsonArray polygons = geometry.getJsonArray("coordinates");
        boolean multi = "MultiPolygon".equals(geometry.getString("type"));
        for (JsonValue polygon : multi ? polygons : List.<JsonValue>of(polygons)) {
          for (JsonValue ring : polygon.asJsonArray()) {
            JsonArray points = ring.asJsonArray();
            double[] xy = new double[points.size() * 2];
            for (int i = 0; i < points.size(); i++) {
              JsonArray p = points.getJsonArray(i);
              double x = p.getJsonNumber(0).doubleValue() * COS52;
              double y = p.getJsonNumber(1).doubleValue();
              xy[2 * i] = x;
              xy[2 * i + 1] = y;
              minX = Math.min(minX, x);
              maxX = Math.max(maxX, x);
              minY = Math.min(minY, y);
              maxY = Math.max(maxY, y);
            }
            rings.add(xy);
          }
        }
        shapes.add(
            new Shape(
                properties.getString("gemeenteCode"),
                properties.getString("gemeenteNaam", ""),
                List.copyOf(rings)));
      }
      return new Shapes(List.copyOf(shapes), minX, minY, maxX, maxY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The aspect ratio (height / width) of the map. */
  static double aspect() {
    Shapes s = shapes();
    return (s.maxY() - s.minY()) / (s.maxX() - s.minX());
  }

  /**
   * The map {@code width} points wide, every municipality filled as {@code fills} says (a code not
   * there: grey), with thin white borders.
   */
  static Image draw(PdfContentByte canvas, Map<String, Fill> fills, Color none, float width) {
    Shapes s = shapes();
    double scale = width / (s.maxX() - s.minX());
    float height = (float) ((s.maxY() - s.minY()) * scale);
    PdfTemplate t = canvas.createTemplate(width, height);
    PdfPatternPainter hatch = hatch(t, none);
    // Group by fill so each colour is set once and the paths are filled together.
    Map<Fill, List<Shape>> groups = new LinkedHashMap<>();
    for (Shape shape : s.shapes()) {
      Fill fill = fills.getOrDefault(shape.code(), new Solid(none));
      groups.computeIfAbsent(fill, f -> new ArrayList<>()).add(shape);
    }
    t.setColorStroke(Color.WHITE);
    t.setLineWidth(0.25f);
    for (Map.Entry<Fill, List<Shape>> group : groups.entrySet()) {
      if (group.getKey() instanceof Solid solid) {
        t.setColorFill(solid.colour());
      } else {
        t.setPatternFill(hatch);
      }
      for (Shape shape : group.getValue()) {
        for (double[] ring : shape.rings()) {
          for (int i = 0; i < ring.length; i += 2) {
            float x = (float) ((ring[i] - s.minX()) * scale);
            float y = (float) ((ring[i + 1] - s.minY()) * scale);
            if (i == 0) {
              t.moveTo(x, y);
            } else {
              t.lineTo(x, y);
            }
          }
          t.closePath();
        }
        t.eoFillStroke();
      }
    }
    try {
      return Image.getInstance(t);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Diagonal grey lines on a very light ground: "small numbers", told apart without colour. */
  static PdfPatternPainter hatch(PdfContentByte canvas, Color none) {
    PdfPatternPainter p = canvas.createPattern(5, 5);
    p.setColorFill(PdfStyle.SUPPRESSED);
    p.rectangle(0, 0, 5, 5);
    p.fill();
    p.setColorStroke(new Color(0x70, 0x78, 0x80));
    p.setLineWidth(0.7f);
    p.moveTo(0, 0);
    p.lineTo(5, 5);
    p.moveTo(-1, 4);
    p.lineTo(1, 6);
    p.moveTo(4, -1);
    p.lineTo(6, 1);
    p.stroke();
    return p;
  }

  /** A legend swatch: a small square filled as the map fills. */
  static Image swatch(PdfContentByte canvas, Fill fill) {
    PdfTemplate t = canvas.createTemplate(10, 10);
    if (fill instanceof Solid solid) {
      t.setColorFill(solid.colour());
    } else {
      t.setPatternFill(hatch(t, null));
    }
    t.setColorStroke(new Color(0x80, 0x80, 0x80));
    t.setLineWidth(0.4f);
    t.rectangle(0.2f, 0.2f, 9.6f, 9.6f);
    t.fillStroke();
    try {
      return Image.getInstance(t);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }
}
