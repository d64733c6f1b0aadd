package nl.wijkzicht.fieldwork.entity;

import java.io.Serializable;
import java.util.Objects;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.study.entity.Visit;

/** What a finding is about: a visit, a tracer, or a study area as a whole. */
public record FindingScope(Study study, StudyArea area, Visit visit, Tracer tracer)
    implements Serializable {

  public FindingScope {
    Objects.requireNonNull(study);
    Objects.requireNonNull(area);
    if (visit != null && tracer != null) {
      throw new IllegalArgumentException("a finding hangs on a visit or a tracer, not both");
    }
  }

  public static FindingScope of(Visit visit) {
    return new FindingScope(visit.getStudy(), visit.getArea(), visit, null);
  }

  public static FindingScope of(Tracer tracer) {
    return new FindingScope(tracer.getStudy(), tracer.getArea(), null, tracer);
  }

  public static FindingScope of(Study study, StudyArea area) {
    return new FindingScope(study, area, null, null);
  }

  /** The unique key of the scope: V12 (visit), T3 (tracer) or A7 (study area). */
  public String key() {
    return visit != null
        ? "V" + visit.getId()
        : tracer != null ? "T" + tracer.getId() : "A" + area.getId();
  }
}
