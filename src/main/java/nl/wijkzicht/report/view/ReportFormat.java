package nl.wijkzicht.report.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkLayout;
import nl.wijkzicht.network.control.SvgRenderer;
import nl.wijkzicht.report.control.Markdown;
import nl.wijkzicht.report.control.ReportModel.Figure;
import nl.wijkzicht.report.control.ReportModel.Level;

/**
 * How a report model reads on a page ({@code #{reportFormat...}}), internal and public alike:
 * percentages in the page's language with one decimal, the level's colour with readable text,
 * conclusions as escaped HTML, and drawings as SVG made on the server.
 */
@Named
@ApplicationScoped
public class ReportFormat {

  private static final String GREY = "#e0e0e0";

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("nl")
        : faces.getViewRoot().getLocale();
  }

  /** "75,0 %" (nl) or "75.0 %" (en); "" without a percentage. */
  public static String percent(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value) + " %";
  }

  public String percent(BigDecimal value) {
    return percent(value, locale());
  }

  /** The figure's colour, grey without a result or when suppressed. */
  public String colour(Figure figure) {
    return figure == null || figure.colour() == null ? GREY : figure.colour();
  }

  /** Black or white, whichever reads better on the figure's colour. */
  public String textColour(Figure figure) {
    return luminance(colour(figure)) > 0.179 ? "#000000" : "#ffffff";
  }

  /**
   * A value for sorting a column (report-table.js): the percentage, else the level's place on the
   * scale (best highest); -1 without a result.
   */
  public String sortKey(Figure figure, java.util.List<Level> levels) {
    if (figure == null || figure.levelCode() == null) {
      return "-1";
    }
    if (figure.percentage() != null) {
      return figure.percentage().toPlainString();
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).code().equals(figure.levelCode())) {
        return Integer.toString(levels.size() - i);
      }
    }
    return "0";
  }

  static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double r = channel((rgb >> 16) & 0xff);
    double g = channel((rgb >> 8) & 0xff);
    double b = channel(rgb & 0xff);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The conclusions as escaped HTML (a Markdown subset; markup is shown as text). */
  public String markdown(String text) {
    return text == null || text.isBlank() ? "" : Markdown.toHtml(text);
  }

  /** A drawing as inline SVG (the renderer escapes every text). */
  public String svg(Diagram diagram, String id) {
    return diagram == null ? "" : SvgRenderer.render(NetworkLayout.layout(diagram), id);
  }
}
