package nl.wijkzicht.scoring.control;

import java.io.Serializable;
import java.util.List;

/**
 * What a result rests on: the assessed findings ("niet beoordeeld" counted apart), and the visits,
 * tracers, interviews, respondent roles and care providers behind them.
 */
public record Basis(
    int findings,
    int notAssessed,
    int visits,
    int tracers,
    int interviews,
    List<String> respondentRoles,
    int providers)
    implements Serializable {

  public static final Basis NONE = new Basis(0, 0, 0, 0, 0, List.of(), 0);

  public Basis {
    respondentRoles = List.copyOf(respondentRoles);
  }
}
