package nl.wijkzicht.area.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Naming rule of division files: {@code gemeenten-<year>.csv}. */
public final class DivisionFile {

  private static final Pattern NAME = Pattern.compile("gemeenten-(\\d{4})\\.csv");

  private DivisionFile() {}

  /** The division year a file name stands for, or empty if the name does not follow the rule. */
  public static Optional<Integer> yearOf(String fileName) {
    Matcher matcher = NAME.matcher(fileName);
    return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }
}
