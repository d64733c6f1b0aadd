package nl.wijkzicht.network.entity;

import java.util.EnumSet;
import java.util.Set;
import nl.wijkzicht.framework.entity.RespondentRole;

/**
 * A professional role around frail older people at home ("wie doet wat", Handreiking kwetsbare
 * ouderen thuis). {@link #core()} roles are expected in every area; an area where nobody fills one
 * shows it as missing. Each role names the interview roles it covers, so that a professional
 * interviewed around a tracer is placed at the provider that fills the role in the area.
 */
public enum CareRole {
  HUISARTS(true, RespondentRole.HUISARTS),
  POH_OUDEREN(true, RespondentRole.POH),
  WIJKVERPLEEGKUNDIGE(true, RespondentRole.WIJKVERPLEEGKUNDIGE, RespondentRole.VERZORGENDE),
  CASEMANAGER_DEMENTIE(true, RespondentRole.CASEMANAGER),
  SPECIALIST_OUDERENGENEESKUNDE(true, RespondentRole.SPECIALIST_OUDERENGENEESKUNDE),
  WIJKTEAM(true, RespondentRole.GEMEENTE_WIJKTEAM),
  APOTHEKER(false, RespondentRole.APOTHEKER),
  MANTELZORGONDERSTEUNING(false),
  OUDERENADVISEUR(false);

  private final boolean core;
  private final Set<RespondentRole> respondents;

  CareRole(boolean core, RespondentRole... respondents) {
    this.core = core;
    this.respondents =
        respondents.length == 0
            ? EnumSet.noneOf(RespondentRole.class)
            : EnumSet.of(respondents[0], respondents);
  }

  public boolean core() {
    return core;
  }

  public boolean covers(RespondentRole role) {
    return respondents.contains(role);
  }

  /** The care role an interviewed professional fills, if any. */
  public static java.util.Optional<CareRole> of(RespondentRole role) {
    for (CareRole r : values()) {
      if (r.covers(role)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}
