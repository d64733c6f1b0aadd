package nl.wijkzicht.fieldwork.view;

import java.io.Serializable;
import java.time.LocalDate;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.entity.AgeBand;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.web.Messages;

/**
 * The "start an interview" form shared by the visit and the tracer page
 * (WEB-INF/includes/interviews.xhtml): role, age band and date, and what happens on submit.
 */
public class InterviewStartForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service call that starts the interview for this page's visit or tracer. */
  @FunctionalInterface
  interface Starter extends Serializable {
    Interview start(RespondentRole role, AgeBand ageBand, LocalDate heldOn);
  }

  private RespondentRole role;
  private java.util.List<RespondentRole> roles = java.util.List.of(RespondentRole.values());
  private AgeBand ageBand;
  private LocalDate heldOn;

  InterviewStartForm(LocalDate defaultDate) {
    this.heldOn = defaultDate;
  }

  /**
   * Starts the interview and returns the redirect to it, or null with the problems at their fields.
   */
  String submit(Starter starter) {
    try {
      Interview started = starter.start(role, ageBand, heldOn);
      return "/study/interview?faces-redirect=true&id=" + started.getId();
    } catch (InvalidInputException e) {
      FieldProblems.show("interviewForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    return null;
  }

  /** The roles offered: those with questions in the study's framework version. */
  public java.util.List<RespondentRole> getRoles() {
    return roles;
  }

  void offer(java.util.List<RespondentRole> offered) {
    this.roles = java.util.List.copyOf(offered);
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public RespondentRole getRole() {
    return role;
  }

  public void setRole(RespondentRole role) {
    this.role = role;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }
}
