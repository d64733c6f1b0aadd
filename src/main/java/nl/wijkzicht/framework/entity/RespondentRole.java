package nl.wijkzicht.framework.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a question is asked of. A fixed list, so that answers from different frameworks and areas can
 * be compared per role; the code is what a framework file writes ({@code huisarts}, {@code poh},
 * ...).
 */
public enum RespondentRole {
  HUISARTS,
  POH,
  WIJKVERPLEEGKUNDIGE,
  VERZORGENDE,
  CASEMANAGER,
  SPECIALIST_OUDERENGENEESKUNDE,
  APOTHEKER,
  GEMEENTE_WIJKTEAM,
  NETWERKCOORDINATOR,
  BESTUURDER,
  OUDERE,
  MANTELZORGER;

  /** The code in framework files: the name in lower case. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<RespondentRole> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
