package nl.wijkzicht.fieldwork.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.NormRow;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.boundary.InterviewRow;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.boundary.TracerService;
import nl.wijkzicht.fieldwork.entity.Tracer;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/tracer.xhtml?id=N: one older person's care network: profile and providers involved (edited
 * with a stale-version check), interviews around the person, and findings on client-level norms.
 */
@Named
@ViewScoped
public class TracerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TracerService tracers;
  @Inject private InterviewService interviews;
  @Inject private FindingService findings;
  @Inject private ProviderService providerService;
  @Inject private CurrentUser currentUser;

  private Tracer tracer;
  private List<InterviewRow> tracerInterviews = List.of();
  private List<NormRow> norms = List.of();
  private List<CareProvider> providers = List.of();
  private TracerForm form = new TracerForm();
  private InterviewStartForm start = new InterviewStartForm(null);

  public void load() {
    if (tracer != null) {
      return;
    }
    PageRequest.load(
        () -> {
          long id = PageRequest.requiredId("id");
          tracer = tracers.get(currentUser.actor(), id);
          start.offer(interviews.rolesWithQuestions(tracer.getStudy()));
          show();
          Set<CareProvider> choice =
              new LinkedHashSet<>(
                  providerService.serving(
                      currentUser.actor(), tracer.getArea().getMunicipality().getId()));
          choice.addAll(tracer.getProviders());
          providers = List.copyOf(choice);
          reload();
        });
  }

  private void show() {
    form = new TracerForm(tracer);
  }

  private void reload() {
    tracerInterviews = interviews.rowsForTracer(currentUser.actor(), tracer.getId());
    norms =
        findings.overview(
            currentUser.actor(),
            new ScopeRef(ScopeKind.TRACER, tracer.getId(), tracer.getStudy().getId()));
  }

  public void saveProfile() {
    try {
      tracer =
          tracers.update(
              currentUser.actor(),
              tracer.getId(),
              tracer.getVersion(),
              form.getAgeBand(),
              form.getProfile(),
              form.getProviderIds());
      Messages.info("tracer.message.saved", tracer.getPseudonym());
    } catch (ConcurrentChangeException e) {
      Messages.error(e); // The typed profile stays in the form; reloading shows the other version.
      FacesContext.getCurrentInstance().validationFailed();
    } catch (InvalidInputException e) {
      FieldProblems.show("profileForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public String startInterview() {
    return start.submit(
        (role, band, day) ->
            interviews.startAroundTracer(currentUser.actor(), tracer.getId(), role, band, day));
  }

  public long getUnratedCount() {
    return norms.stream().filter(r -> !r.isRated()).count();
  }

  public Tracer getTracer() {
    return tracer;
  }

  public List<InterviewRow> getInterviews() {
    return tracerInterviews;
  }

  public List<NormRow> getNorms() {
    return norms;
  }

  public List<CareProvider> getProviders() {
    return providers;
  }

  public TracerForm getForm() {
    return form;
  }

  public InterviewStartForm getStart() {
    return start;
  }
}
