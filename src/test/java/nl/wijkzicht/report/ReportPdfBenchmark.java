package nl.wijkzicht.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.wijkzicht.report.control.ReportModel.AreaReport;
import nl.wijkzicht.report.control.ReportModel.NationalReport;
import nl.wijkzicht.report.control.ReportPdf;
import nl.wijkzicht.report.control.ReportPdf.PdfResult;
import nl.wijkzicht.report.control.ReportTexts;
import nl.wijkzicht.report.control.Suppression;

/**
 * A benchmark, not a test: writes the synthetic area report and the 342-area national report
 * (internal and published) to a folder, timing each after warm-up runs, with the heap used at the
 * highest progress sample. Run: {@code java -cp target/classes:target/test-classes:<deps>
 * nl.wijkzicht.report.ReportPdfBenchmark /tmp/reports}.
 */
public final class ReportPdfBenchmark {

  private ReportPdfBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/report-pdf");
    Files.createDirectories(dir);
    ReportTexts dutch = ReportTexts.of(Locale.forLanguageTag("nl"));
    AreaReport area = ReportFixtures.area();
    NationalReport national = ReportFixtures.national(342);
    for (int i = 0; i < 3; i++) {
      ReportPdf.area(area, dutch, OutputStream.nullOutputStream());
      ReportPdf.national(national, dutch, OutputStream.nullOutputStream(), p -> {});
    }
    time("area", dir.resolve("area.pdf"), out -> ReportPdf.area(area, dutch, "Versie 1", out));
    time(
        "area-public",
        dir.resolve("area-public.pdf"),
        out -> ReportPdf.area(Suppression.area(area), dutch, "Versie 1", out));
    long[] peak = {0};
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long base = rt.totalMemory() - rt.freeMemory();
    time(
        "national",
        dir.resolve("national.pdf"),
        out ->
            ReportPdf.national(
                national,
                dutch,
                "Versie 1",
                out,
                p -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory())));
    System.out.printf(
        "national: heap used before %d MB, highest sample while writing %d MB%n",
        base >> 20, peak[0] >> 20);
    time(
        "national-public",
        dir.resolve("national-public.pdf"),
        out -> ReportPdf.national(Suppression.national(national), dutch, "Versie 1", out, p -> {}));
  }

  interface Write {
    PdfResult to(OutputStream out);
  }

  private static void time(String name, Path file, Write write) throws IOException {
    long start = System.nanoTime();
    PdfResult result;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      result = write.to(out);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "%s: %d pages, %d kB, %d ms -> %s%n",
        name, result.pages(), Files.size(file) / 1024, ms, file);
  }
}
