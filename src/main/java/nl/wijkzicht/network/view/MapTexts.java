package nl.wijkzicht.network.view;

import java.util.List;
import java.util.Locale;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.web.Messages;

/** The page's language for the diagrams, and the text rows that stand beside a drawn map. */
final class MapTexts {

  private MapTexts() {}

  /**
   * The user's language: from the session's choice, since the view's locale is only set while the
   * page renders (f:view), after the view action that builds the map.
   */
  static Locale locale() {
    return jakarta
        .enterprise
        .inject
        .spi
        .CDI
        .current()
        .select(nl.wijkzicht.web.LocaleBacking.class)
        .get()
        .getLocale();
  }

  static NetworkDiagrams.Texts texts() {
    Locale locale = locale();
    return (key, arguments) -> Messages.text(locale, key, arguments);
  }

  static List<MemberRow> members(Diagram diagram) {
    return diagram.nodes().stream()
        .map(
            n ->
                new MemberRow(n.key(), n.title(), String.join(" · ", n.details()), n.coordinator()))
        .toList();
  }
}
