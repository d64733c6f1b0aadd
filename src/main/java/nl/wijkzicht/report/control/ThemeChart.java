package nl.wijkzicht.report.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart (JFreeChart) drawn as vectors on an OpenPDF template: for one theme, how many areas
 * came out at each level, each bar in its level's colour, labelled with the level and the count (so
 * the chart reads without colour).
 */
final class ThemeChart {

  /** One bar: its label, colour and count. */
  record Bar(String label, Color colour, int count) {}

  private ThemeChart() {}

  static Image draw(PdfContext ctx, List<Bar> bars, String axisLabel, float width, float height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      data.addValue(bar.count(), "areas", bar.label());
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    // Three lines: "Voldoet grotendeels niet" must not be cut to "Voldoet grotendee…" (it would
    // read as its opposite).
    categories.setMaximumCategoryLabelLines(3);
    categories.setCategoryLabelPositionOffset(2);
    categories.setCategoryMargin(0.25);
    NumberAxis values = new NumberAxis(axisLabel);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    values.setUpperMargin(0.15);
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return bars.get(column).colour();
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(new Color(0x60, 0x60, 0x60));
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 8));
    renderer.setMaximumBarWidth(0.12);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xd0, 0xd4, 0xd8));
    plot.setRangeGridlineStroke(new BasicStroke(0.4f));
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);

    PdfTemplate template = ctx.writer.getDirectContent().createTemplate(width, height);
    Graphics2D g = template.createGraphics(width, height);
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    try {
      return Image.getInstance(template);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }
}
