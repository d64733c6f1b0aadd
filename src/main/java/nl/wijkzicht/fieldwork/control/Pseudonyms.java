package nl.wijkzicht.fieldwork.control;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.framework.entity.RespondentRole;

/**
 * Generated pseudonyms: a role abbreviation and a number unique within the study ({@code HA-03} for
 * the third GP interviewed, {@code C-07} for the seventh tracer). Nobody types a name into a
 * pseudonym field, because there is none.
 */
public final class Pseudonyms {

  private static final Map<RespondentRole, String> ABBREVIATIONS =
      new EnumMap<>(RespondentRole.class);

  static {
    ABBREVIATIONS.put(RespondentRole.HUISARTS, "HA");
    ABBREVIATIONS.put(RespondentRole.POH, "POH");
    ABBREVIATIONS.put(RespondentRole.WIJKVERPLEEGKUNDIGE, "WV");
    ABBREVIATIONS.put(RespondentRole.VERZORGENDE, "VZ");
    ABBREVIATIONS.put(RespondentRole.CASEMANAGER, "CM");
    ABBREVIATIONS.put(RespondentRole.SPECIALIST_OUDERENGENEESKUNDE, "SO");
    ABBREVIATIONS.put(RespondentRole.APOTHEKER, "APO");
    ABBREVIATIONS.put(RespondentRole.GEMEENTE_WIJKTEAM, "GW");
    ABBREVIATIONS.put(RespondentRole.NETWERKCOORDINATOR, "NC");
    ABBREVIATIONS.put(RespondentRole.BESTUURDER, "BS");
    ABBREVIATIONS.put(RespondentRole.OUDERE, "OU");
    ABBREVIATIONS.put(RespondentRole.MANTELZORGER, "MZ");
  }

  public static final String TRACER_PREFIX = "C";

  private Pseudonyms() {}

  public static String prefix(RespondentRole role) {
    return ABBREVIATIONS.get(role);
  }

  /** The next free pseudonym with this prefix, given those already used in the study. */
  public static String next(String prefix, Collection<String> used) {
    int highest =
        used.stream()
            .filter(p -> p.startsWith(prefix + "-"))
            .map(p -> p.substring(prefix.length() + 1))
            .filter(n -> n.matches("\\d+"))
            .mapToInt(Integer::parseInt)
            .max()
            .orElse(0);
    return String.format(Locale.ROOT, "%s-%02d", prefix, highest + 1);
  }
}
