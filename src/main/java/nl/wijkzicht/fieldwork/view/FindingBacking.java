package nl.wijkzicht.fieldwork.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.NotFoundException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.boundary.FindingService;
import nl.wijkzicht.fieldwork.boundary.FindingService.EvidenceInput;
import nl.wijkzicht.fieldwork.boundary.FindingService.NormRow;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeKind;
import nl.wijkzicht.fieldwork.boundary.FindingService.ScopeRef;
import nl.wijkzicht.fieldwork.entity.EvidenceKind;
import nl.wijkzicht.fieldwork.entity.Finding;
import nl.wijkzicht.fieldwork.entity.FindingEvidence;
import nl.wijkzicht.fieldwork.entity.FindingScope;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.FrameworkNorm;
import nl.wijkzicht.framework.entity.FrameworkRatingLevel;
import nl.wijkzicht.provider.boundary.ProviderService;
import nl.wijkzicht.provider.entity.CareProvider;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.entity.AccessAction;
import nl.wijkzicht.study.control.VisitWorkflow;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/finding.xhtml?kind=VISIT|TRACER|AREA&amp;id=N&amp;study=S&amp;norm=CODE: rating one norm
 * for one scope, with motivation, providers concerned and evidence (quoted answers, observations,
 * documents). The answers respondents gave to this norm's questions in the scope are shown beside
 * the form. When someone else saved the finding first, the user's input stays and the other version
 * is shown.
 */
@Named
@ViewScoped
public class FindingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FindingService findings;
  @Inject private ProviderService providerService;
  @Inject private CurrentUser currentUser;
  @Inject private nl.wijkzicht.web.LocaleBacking localeBacking;

  private ScopeRef ref;
  private FindingScope scope;
  private FrameworkNorm norm;
  private List<NormRow> rows = List.of();
  private List<InterviewAnswer> answers = List.of();
  private List<CareProvider> providers = List.of();
  private Long expectedVersion;
  private Long ratingId;
  private String motivation;
  private List<Long> providerIds = new ArrayList<>();
  private List<EvidenceRow> evidence = new ArrayList<>();
  private Finding theirs;
  private List<nl.wijkzicht.fieldwork.entity.FindingChange> history = List.of();

  /** One evidence line of the form. */
  public static class EvidenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private EvidenceKind kind = EvidenceKind.ANSWER;
    private Long answerId;
    private String description;
    private boolean shareable;

    public boolean isShareable() {
      return shareable;
    }

    public void setShareable(boolean shareable) {
      this.shareable = shareable;
    }

    public EvidenceKind getKind() {
      return kind;
    }

    public void setKind(EvidenceKind kind) {
      this.kind = kind;
    }

    public Long getAnswerId() {
      return answerId;
    }

    public void setAnswerId(Long answerId) {
      this.answerId = answerId;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  public void load() {
    if (scope != null) {
      return;
    }
    PageRequest.load(
        () -> {
          var params =
              FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
          ScopeKind kind =
              Optional.ofNullable(params.get("kind"))
                  .flatMap(FindingBacking::kind)
                  .orElseThrow(
                      () ->
                          new NotFoundException("fieldwork.unknown", "scope", params.get("kind")));
          long id = PageRequest.requiredId("id");
          long study = PageRequest.requiredId("study");
          String normCode = Optional.ofNullable(params.get("norm")).orElse("");
          ref = new ScopeRef(kind, id, study);
          scope = findings.scope(currentUser.actor(), ref, AccessAction.READ);
          if (scope.study().getId() != study) {
            throw new NotFoundException("fieldwork.unknown", "scope", id);
          }
          rows = findings.overview(currentUser.actor(), ref);
          NormRow row =
              rows.stream()
                  .filter(r -> r.norm().getCode().equals(normCode))
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException("fieldwork.unknown", "norm", normCode));
          norm = row.norm();
          answers = findings.quotableAnswers(currentUser.actor(), ref);
          providers =
              providerService.serving(currentUser.actor(), scope.area().getMunicipality().getId());
          Finding current =
              row.finding() == null
                  ? null
                  : findings.current(currentUser.actor(), ref, norm.getId()).orElse(null);
          if (current != null) {
            show(current);
            if (scope.visit() != null
                && VisitWorkflow.changesAreHistory(scope.visit().getStatus())) {
              history = findings.history(currentUser.actor(), current.getId());
            }
          } else if (scope.visit() != null) {
            providerIds.add(scope.visit().getLocation().getProvider().getId());
          } else if (scope.tracer() != null) {
            providerIds.addAll(scope.tracer().providerIds());
          }
        });
  }

  private static Optional<ScopeKind> kind(String text) {
    try {
      return Optional.of(ScopeKind.valueOf(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void show(Finding finding) {
    expectedVersion = finding.getVersion();
    ratingId = finding.getRating().getId();
    motivation = finding.getMotivation();
    providerIds = new ArrayList<>(finding.providerIds());
    evidence = new ArrayList<>();
    for (FindingEvidence item : finding.getEvidence()) {
      EvidenceRow row = new EvidenceRow();
      row.kind = item.getKind();
      row.answerId = item.getAnswer() == null ? null : item.getAnswer().getId();
      row.description = item.getDescription();
      row.shareable = item.isShareable();
      evidence.add(row);
    }
  }

  public void addEvidence() {
    evidence.add(new EvidenceRow());
  }

  public void removeEvidence(EvidenceRow row) {
    evidence.remove(row);
  }

  /** Quotes an answer shown beside the form as evidence. */
  public void quote(InterviewAnswer answer) {
    EvidenceRow row = new EvidenceRow();
    row.answerId = answer.getId();
    evidence.add(row);
  }

  public String save(boolean next) {
    try {
      Finding saved =
          findings.record(
              currentUser.actor(),
              ref,
              norm.getId(),
              expectedVersion,
              ratingId,
              motivation,
              providerIds,
              evidence.stream()
                  .map(e -> new EvidenceInput(e.kind, e.answerId, e.description, e.shareable))
                  .toList());
      expectedVersion = saved.getVersion();
      theirs = null;
      Messages.info("finding.message.saved", saved.getNorm().getCode());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      if (next) {
        rows = findings.overview(currentUser.actor(), ref);
        Optional<NormRow> unrated = rows.stream().filter(r -> !r.isRated()).findFirst();
        if (unrated.isPresent()) {
          return link("/study/finding", unrated.get().norm().getCode());
        }
      }
      return link(back(), null);
    } catch (ConcurrentChangeException e) {
      rows = findings.overview(currentUser.actor(), ref);
      theirs = findings.current(currentUser.actor(), ref, norm.getId()).orElse(null);
      expectedVersion =
          theirs == null
              ? null
              : theirs.getVersion(); // "Save mine" now replaces theirs, knowingly.
      Messages.error("finding.conflict", theirs == null ? "?" : theirs.getUpdatedBy());
      FacesContext.getCurrentInstance().validationFailed();
    } catch (InvalidInputException e) {
      FieldProblems.show("findingForm", e);
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    return null;
  }

  /** After a conflict: drop my input and show the other person's finding. */
  public void takeTheirs() {
    if (theirs != null) {
      show(theirs);
    }
    theirs = null;
  }

  private String link(String outcome, String normCode) {
    String base = outcome + "?faces-redirect=true";
    if (normCode != null) {
      return base
          + "&kind="
          + ref.kind()
          + "&id="
          + ref.id()
          + "&study="
          + ref.studyId()
          + "&norm="
          + java.net.URLEncoder.encode(normCode, java.nio.charset.StandardCharsets.UTF_8);
    }
    return base
        + (ref.kind() == ScopeKind.AREA
            ? "&study=" + ref.studyId() + "&area=" + ref.id()
            : "&id=" + ref.id());
  }

  public String back() {
    return switch (ref.kind()) {
      case VISIT -> "/study/visit";
      case TRACER -> "/study/tracer";
      case AREA -> "/study/area";
    };
  }

  public boolean isEditable() {
    return scope != null
        && (scope.visit() == null
            || VisitWorkflow.fieldworkOpen(scope.visit().getStatus())
            || isRevisable());
  }

  /**
   * After the provider's reply and before the sign-off the visit's own team may still change the
   * finding; each change is recorded and shown as its history (issue 15).
   */
  public boolean isRevisable() {
    return scope != null
        && scope.visit() != null
        && VisitWorkflow.findingsRevisable(scope.visit().getStatus(), scope.visit().isSignedOff())
        && scope.visit().inspectorIds().contains(currentUser.actor().userId());
  }

  /** The finding's changes after its visit was sent for reply, oldest first. */
  public List<nl.wijkzicht.fieldwork.entity.FindingChange> getHistory() {
    return history;
  }

  /** A rating level's label by its code (the history keeps codes), in the page's language. */
  public String ratingLabel(String code) {
    if (code == null) {
      return "—";
    }
    return getLevels().stream()
        .filter(l -> l.getCode().equals(code))
        .findFirst()
        .map(l -> l.getLabel().in(localeBacking.getLocale()))
        .orElse(code);
  }

  public String getScopeLabel() {
    Locale locale = localeBacking.getLocale();
    if (scope.visit() != null) {
      return scope.visit().getLocation().getProvider().getName()
          + " – "
          + scope.visit().getLocation().getName();
    }
    if (scope.tracer() != null) {
      return Messages.text(
          locale, "tracer.label", scope.tracer().getPseudonym(), scope.area().getLabel());
    }
    return scope.area().getLabel();
  }

  /** The answers to this norm's questions first, then the rest. */
  public List<InterviewAnswer> getNormAnswers() {
    Set<Long> questionIds =
        norm.getQuestions().stream().map(q -> q.getId()).collect(Collectors.toSet());
    return answers.stream().filter(a -> questionIds.contains(a.getQuestion().getId())).toList();
  }

  /** An answer as a reader sees it: ja/nee and option labels instead of codes, then the note. */
  public String display(InterviewAnswer answer) {
    java.util.Locale locale = localeBacking.getLocale();
    String value = answer.getValue();
    String shown = "";
    if (value != null) {
      shown =
          switch (answer.getQuestion().getType()) {
            case YES_NO -> Messages.text(locale, "yes".equals(value) ? "answer.yes" : "answer.no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                java.util.Arrays.stream(value.split(","))
                    .map(
                        code ->
                            answer.getQuestion().getOptions().stream()
                                .filter(o -> o.getCode().equals(code))
                                .findFirst()
                                .map(o -> o.getLabel().in(locale))
                                .orElse(code))
                    .collect(Collectors.joining(", "));
            default -> value;
          };
    }
    String note = answer.getNote() == null ? "" : answer.getNote();
    return shown.isEmpty() ? note : note.isEmpty() ? shown : shown + " — " + note;
  }

  public List<InterviewAnswer> getAnswers() {
    return answers;
  }

  public List<FrameworkRatingLevel> getLevels() {
    return scope.study().getFrameworkVersion().getLevels();
  }

  public EvidenceKind[] getEvidenceKinds() {
    return EvidenceKind.values();
  }

  public ScopeRef getRef() {
    return ref;
  }

  public FindingScope getScope() {
    return scope;
  }

  public FrameworkNorm getNorm() {
    return norm;
  }

  public List<NormRow> getRows() {
    return rows;
  }

  public List<CareProvider> getProviders() {
    return providers;
  }

  public Finding getTheirs() {
    return theirs;
  }

  public Long getRatingId() {
    return ratingId;
  }

  public void setRatingId(Long ratingId) {
    this.ratingId = ratingId;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public List<Long> getProviderIds() {
    return providerIds;
  }

  public void setProviderIds(List<Long> providerIds) {
    this.providerIds = providerIds == null ? new ArrayList<>() : providerIds;
  }

  public List<EvidenceRow> getEvidence() {
    return evidence;
  }
}
