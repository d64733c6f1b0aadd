package nl.wijkzicht.survey.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.framework.entity.AnswerType;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.framework.entity.FrameworkQuestionOption;
import nl.wijkzicht.framework.entity.RespondentRole;
import nl.wijkzicht.scoring.control.SurveyDenominator;
import nl.wijkzicht.scoring.control.SurveyGroupResult;
import nl.wijkzicht.scoring.control.SurveyOptionCount;
import nl.wijkzicht.scoring.control.SurveyQuestionResult;
import nl.wijkzicht.scoring.control.SurveyTally;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.study.entity.Study;
import nl.wijkzicht.study.entity.StudyArea;
import nl.wijkzicht.survey.boundary.SurveyResponseRow;
import nl.wijkzicht.survey.boundary.SurveyResults;
import nl.wijkzicht.survey.boundary.SurveyService;
import nl.wijkzicht.web.LocaleBacking;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /survey/results.xhtml?id=S: a survey study's results per question (counts and percentages per
 * option, overall and per group of a chosen question, n per group, the denominator in words), its
 * responses, and the form to enter one more response by hand.
 */
@Named
@ViewScoped
public class SurveyResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBacking localeBacking;

  private Study study;
  private String grouping;
  private Long areaId;
  private final Map<String, String> denominators = new HashMap<>();
  private SurveyResults results;
  private List<QuestionView> questions = List.of();
  private Locale builtFor;
  private List<SurveyResponseRow> responses = List.of();

  private Long newArea;
  private String newReference;
  private RespondentRole newRole = RespondentRole.NETWERKCOORDINATOR;
  private LocalDate newHeldOn;

  /** f:viewAction: 404 unknown or not a survey, 403 not on the study's list. */
  public void load() {
    if (study != null) {
      return;
    }
    PageRequest.load(
        () -> {
          study = surveys.study(currentUser.actor(), PageRequest.requiredId("id"));
          FrameworkQuestion group = SurveyService.groupingQuestion(study, null);
          grouping = group == null ? "" : group.getCode();
          LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
          newHeldOn = study.covers(today) ? today : study.getEndsOn();
          if (!roles().contains(newRole)) {
            newRole = roles().isEmpty() ? null : roles().get(0);
          }
          reload();
        });
  }

  /** Recounts after a change of grouping, area or denominator (two grouped queries). */
  public void reload() {
    Map<String, SurveyDenominator> chosen = new HashMap<>();
    denominators.forEach((k, v) -> chosen.put(k, SurveyDenominator.valueOf(v)));
    results = surveys.results(currentUser.actor(), study.getId(), grouping, chosen, areaId);
    responses = surveys.responses(currentUser.actor(), study.getId(), areaId);
    questions = views(results);
  }

  public String startResponse() {
    try {
      Interview started =
          surveys.startResponse(
              currentUser.actor(), study.getId(), newArea, newReference, newRole, newHeldOn);
      return "/study/interview?faces-redirect=true&id=" + started.getId();
    } catch (InvalidInputException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      Messages.errorsAt(
          e.getProblems(),
          field -> {
            String clientId = "responseForm:" + field;
            return context.getViewRoot().findComponent(":" + clientId) != null ? clientId : null;
          });
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
    return null;
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  private String text(String key, Object... arguments) {
    return Messages.text(locale(), key, arguments);
  }

  private List<QuestionView> views(SurveyResults counted) {
    builtFor = locale();
    Map<String, FrameworkQuestion> byCode = new HashMap<>();
    SurveyService.questions(study).forEach(q -> byCode.put(q.getCode(), q));
    FrameworkQuestion group =
        counted.groupingQuestion() == null ? null : byCode.get(counted.groupingQuestion());
    List<QuestionView> result = new ArrayList<>();
    String theme = null;
    for (SurveyQuestionResult r : counted.questions()) {
      FrameworkQuestion q = byCode.get(r.question().code());
      String themeTitle = q.getNorm().getTheme().getTitle().in(locale());
      List<SurveyGroupResult> columns = new ArrayList<>();
      columns.add(r.overall());
      columns.addAll(r.groups());
      List<ColumnView> heads = new ArrayList<>();
      for (SurveyGroupResult c : columns) {
        heads.add(
            new ColumnView(
                groupLabel(group, c.group()),
                c.responses(),
                c.denominator(),
                text(
                    r.denominator() == SurveyDenominator.ANSWERED
                        ? "survey.results.n_answered"
                        : "survey.results.n_all",
                    c.denominator(),
                    c.responses())));
      }
      List<RowView> rows = new ArrayList<>();
      if (r.question().isNumber()) {
        rows.add(
            new RowView(
                text("survey.results.number.answered"),
                columns.stream()
                    .map(c -> new CellView(Long.toString(c.numbers().answered()), false))
                    .toList()));
        rows.add(
            new RowView(
                text("survey.results.number.mean"),
                columns.stream()
                    .map(
                        c ->
                            new CellView(
                                c.numbers().mean() == null
                                    ? "—"
                                    : c.numbers().mean().toPlainString(),
                                false))
                    .toList()));
        rows.add(
            new RowView(
                text("survey.results.number.range"),
                columns.stream()
                    .map(
                        c ->
                            new CellView(
                                c.numbers().lowest() == null
                                    ? "—"
                                    : c.numbers().lowest().toPlainString()
                                        + " – "
                                        + c.numbers().highest().toPlainString(),
                                false))
                    .toList()));
      } else {
        for (String option : r.question().options()) {
          List<CellView> cells = new ArrayList<>();
          for (SurveyGroupResult c : columns) {
            SurveyOptionCount count = c.option(option);
            cells.add(
                new CellView(
                    count.percent() == null
                        ? "—"
                        : text("survey.results.cell", count.count(), count.percent()),
                    count.mostChosen()));
          }
          rows.add(new RowView(optionLabel(q, option), cells));
        }
      }
      String basis =
          r.question().isNumber()
              ? text("survey.results.basis.number")
              : r.denominator() == SurveyDenominator.ALL_RESPONSES
                  ? text("survey.results.basis.all")
                  : r.question().multiple()
                      ? text("survey.results.basis.answered_multiple")
                      : text("survey.results.basis.answered");
      result.add(
          new QuestionView(
              q.getCode(),
              q.getText().in(locale()),
              themeTitle.equals(theme) ? null : themeTitle,
              r.question().isNumber(),
              basis,
              r.overall().isOver100() && r.question().multiple(),
              heads,
              rows));
      theme = themeTitle;
    }
    return result;
  }

  private String groupLabel(FrameworkQuestion group, String key) {
    if (SurveyTally.OVERALL.equals(key)) {
      return text("survey.results.overall");
    }
    if (SurveyTally.NO_GROUP.equals(key)) {
      return text("survey.results.no_group");
    }
    return optionLabel(group, key);
  }

  /** An option's label in the user's language (yes/no and scale steps from the bundle). */
  private String optionLabel(FrameworkQuestion q, String code) {
    if (q.getType() == AnswerType.YES_NO) {
      return text("answer." + code);
    }
    return q.getOptions().stream()
        .filter(o -> o.getCode().equals(code))
        .map(FrameworkQuestionOption::getLabel)
        .map(l -> l.in(locale()))
        .findFirst()
        .orElse(code);
  }

  /** One question's table. */
  public record QuestionView(
      String code,
      String text,
      String newTheme,
      boolean number,
      String basis,
      boolean over100,
      List<ColumnView> columns,
      List<RowView> rows)
      implements Serializable {}

  /** A column: overall or a group, with n. */
  public record ColumnView(String label, long responses, long denominator, String n)
      implements Serializable {}

  /** An option (or a number summary) with a cell per column. */
  public record RowView(String label, List<CellView> cells) implements Serializable {}

  /** "14 (70 %)", bold when the most chosen option of its column. */
  public record CellView(String text, boolean most) implements Serializable {}

  /** The questions that can split the results, as select items (code → "code text"). */
  public List<FrameworkQuestion> getGroupingQuestions() {
    return SurveyService.groupingQuestions(study);
  }

  public String questionLabel(FrameworkQuestion q) {
    return q.getCode() + " " + q.getText().in(locale());
  }

  public List<RespondentRole> roles() {
    return SurveyService.roles(study);
  }

  public List<RespondentRole> getRoles() {
    return roles();
  }

  public List<StudyArea> getAreas() {
    return study.getAreas();
  }

  public String areaCode(StudyArea area) {
    return area.isDistrict() ? area.getDistrictCode() : area.getMunicipality().getCbsCode();
  }

  public Study getStudy() {
    return study;
  }

  public SurveyResults getResults() {
    return results;
  }

  /** The tables, in the user's language (rebuilt from the counts after a language switch). */
  public List<QuestionView> getQuestions() {
    if (results != null && !locale().equals(builtFor)) {
      questions = views(results);
    }
    return questions;
  }

  public List<SurveyResponseRow> getResponses() {
    return responses;
  }

  public String getGrouping() {
    return grouping;
  }

  public void setGrouping(String grouping) {
    this.grouping = grouping == null ? "" : grouping;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public Map<String, String> getDenominators() {
    return denominators;
  }

  /** The denominator chosen for a question (default ANSWERED). */
  public String denominatorOf(String code) {
    return denominators.getOrDefault(code, SurveyDenominator.ANSWERED.name());
  }

  public Long getNewArea() {
    return newArea;
  }

  public void setNewArea(Long newArea) {
    this.newArea = newArea;
  }

  public String getNewReference() {
    return newReference;
  }

  public void setNewReference(String newReference) {
    this.newReference = newReference;
  }

  public RespondentRole getNewRole() {
    return newRole;
  }

  public void setNewRole(RespondentRole newRole) {
    this.newRole = newRole;
  }

  public LocalDate getNewHeldOn() {
    return newHeldOn;
  }

  public void setNewHeldOn(LocalDate newHeldOn) {
    this.newHeldOn = newHeldOn;
  }
}
