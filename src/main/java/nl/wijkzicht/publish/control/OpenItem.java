package nl.wijkzicht.publish.control;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Something that keeps a report scope from being published, in an area, as a bundle key with its
 * arguments (the area, the visit, the norm): see docs/publishing.md for the rules.
 *
 * @param kind {@link #UNRATED}, {@link #VISIT_NOT_FINAL}, {@link #REPLY_OPEN} or {@link
 *     #REMARK_UNDECIDED}
 */
public record OpenItem(String kind, long areaId, String key, List<Object> arguments)
    implements Serializable {

  /** A norm without any finding in an area that has a visit. */
  public static final String UNRATED = "UNRATED";

  /** A visit that is not final (and not cancelled). */
  public static final String VISIT_NOT_FINAL = "VISIT_NOT_FINAL";

  /** Sent for reply, no reply submitted, the deadline not passed. */
  public static final String REPLY_OPEN = "REPLY_OPEN";

  /** Remarks of a submitted reply without a decision. */
  public static final String REMARK_UNDECIDED = "REMARK_UNDECIDED";

  public OpenItem {
    arguments = List.copyOf(arguments);
  }

  /** {@code arguments}: the area's label first, then what the kind's message names. */
  public static OpenItem of(String kind, long areaId, Object... arguments) {
    return new OpenItem(
        kind, areaId, "publish.open." + kind.toLowerCase(Locale.ROOT), List.of(arguments));
  }
}
