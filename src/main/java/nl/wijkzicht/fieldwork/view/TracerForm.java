package nl.wijkzicht.fieldwork.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Tracer;

/** The tracer fields shared by "add a tracer" (area page) and "change it" (tracer page). */
public class TracerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private AgeBand ageBand;
  private String profile;
  private List<Long> providerIds = new ArrayList<>();

  /** An empty form (a new tracer). */
  TracerForm() {}

  /** The form filled with a tracer as stored. */
  TracerForm(Tracer tracer) {
    this.ageBand = tracer.getAgeBand();
    this.profile = tracer.getProfile();
    this.providerIds = new ArrayList<>(tracer.providerIds());
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public List<Long> getProviderIds() {
    return providerIds;
  }

  public void setProviderIds(List<Long> providerIds) {
    this.providerIds = providerIds == null ? new ArrayList<>() : providerIds;
  }
}
