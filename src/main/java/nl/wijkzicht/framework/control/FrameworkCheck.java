package nl.wijkzicht.framework.control;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command-line check of framework files, for policy officers and CI: reads every file under the
 * given directories (default {@code audit-frameworks}), prints each problem as {@code
 * file:line:column: message} and exits with 1 if there is any. Run it with {@code mvn -q compile
 * exec:java -Dexec.mainClass=nl.wijkzicht.framework.control.FrameworkCheck
 * -Dexec.args=audit-frameworks}; {@code -Dwijkzicht.language=en} prints English messages.
 */
public final class FrameworkCheck {

  private FrameworkCheck() {}

  public static void main(String[] args) throws IOException {
    Locale locale = Locale.forLanguageTag(System.getProperty("wijkzicht.language", "nl"));
    int problems =
        check(args.length == 0 ? List.of("audit-frameworks") : List.of(args), locale, System.out);
    if (problems > 0) {
      System.exit(1);
    }
  }

  /** Checks the directories; returns the number of problems found. */
  static int check(List<String> directories, Locale locale, PrintStream out) throws IOException {
    int problems = 0;
    int files = 0;
    for (String name : directories) {
      Path directory = Path.of(name);
      if (!Files.isDirectory(directory)) {
        out.println(name + ": " + "not a directory");
        problems++;
        continue;
      }
      for (FrameworkFile file : FrameworkFile.readDirectory(directory)) {
        files++;
        FrameworkReadResult result = FrameworkYamlReader.read(file);
        if (result.isValid()) {
          out.println(
              "OK    "
                  + name
                  + "/"
                  + file.name()
                  + "  ("
                  + result.definition().code()
                  + " "
                  + result.definition().version()
                  + ", "
                  + result.definition().norms().count()
                  + " norms, "
                  + result.definition().questions().count()
                  + " questions)");
        } else {
          out.println("FOUT  " + name + "/" + file.name() + "  (" + result.problems().size() + ")");
          for (FrameworkProblem problem : result.problems()) {
            out.println("      " + name + "/" + problem.format(locale));
            problems++;
          }
        }
      }
    }
    out.println(files + " file(s), " + problems + " problem(s).");
    return problems;
  }
}
