package nl.wijkzicht.framework.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a norm is assessed (docs/domain.md §1): in one older person's own care network, followed as
 * a tracer ({@code client}), or among the providers of the area ({@code area}).
 */
public enum NormLevel {
  CLIENT,
  AREA;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<NormLevel> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
  }
}
