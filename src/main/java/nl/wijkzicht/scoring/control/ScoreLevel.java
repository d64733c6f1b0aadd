package nl.wijkzicht.scoring.control;

import java.io.Serializable;

/**
 * A level of a framework's rating scale as the rules see it: {@code rank} 0 is the best; {@code
 * score} is set for the weighted-percentage rule.
 */
public record ScoreLevel(
    String code, String labelNl, String labelEn, String colour, Integer score, int rank)
    implements Serializable {

  public String label(String language) {
    return "en".equals(language) && labelEn != null ? labelEn : labelNl;
  }
}
