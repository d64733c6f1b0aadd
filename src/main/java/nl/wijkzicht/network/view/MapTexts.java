package nl.wijkzicht.network.view;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.network.control.Diagram;
import nl.wijkzicht.network.control.NetworkDiagrams;
import nl.wijkzicht.web.Messages;

/** The page's language for the diagrams, and the text rows that stand beside a drawn map. */
final class MapTexts {

  private MapTexts() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
