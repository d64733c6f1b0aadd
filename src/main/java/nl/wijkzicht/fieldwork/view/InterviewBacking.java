package nl.wijkzicht.fieldwork.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wijkzicht.ConcurrentChangeException;
import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.fieldwork.boundary.InterviewService;
import nl.wijkzicht.fieldwork.entity.Interview;
import nl.wijkzicht.fieldwork.entity.InterviewAnswer;
import nl.wijkzicht.framework.entity.FrameworkQuestion;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import nl.wijkzicht.web.PageRequest;

/**
 * /study/interview.xhtml?id=N: the questions for the respondent's role, each answer saved as soon
 * as it changes (autosave). A save that fails keeps the typed text on screen and says why; when
 * someone else saved the same answer first, their text is shown beside the user's and the user
 * chooses.
 */
@Named
@ViewScoped
public class InterviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InterviewService interviews;
  @Inject private CurrentUser currentUser;
  @Inject private nl.wijkzicht.web.LocaleBacking localeBacking;

  /** What the page shows of the interview: a copy, never the entity (see {@link InterviewView}). */
  private InterviewView interview;

  private List<AnswerRow> rows = List.of();

  /** f:viewAction: loads the interview (404 unknown, 403 not on the study's team). */
  public void load() {
    if (interview != null) {
      return;
    }
    PageRequest.load(
        () -> {
          long id = PageRequest.requiredId("id");
          Interview entity = interviews.get(currentUser.actor(), id);
          Locale locale = localeBacking.getLocale();
          List<AnswerRow> shown = new ArrayList<>();
          for (FrameworkQuestion q : interviews.questions(entity.getStudy(), entity.getRole())) {
            AnswerRow row = new AnswerRow(q, locale);
            row.show(entity.answerTo(q.getId()).orElse(null));
            AnswerRow previous = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            row.firstOfTheme = previous == null || !previous.themeTitle.equals(row.themeTitle);
            row.firstOfNorm = previous == null || !previous.normCode.equals(row.normCode);
            shown.add(row);
          }
          rows = shown;
          interview = InterviewView.of(entity);
        });
  }

  /** Autosave of one answer (p:ajax on change/keyup). */
  public void save(AnswerRow row) {
    if (row.isConflict()) {
      return; // Nothing is saved over the other person's text until the user chooses.
    }
    store(row, row.version);
  }

  /** After a conflict: keep my text, replacing what the other person saved. */
  public void keepMine(AnswerRow row) {
    store(row, row.version);
  }

  /** After a conflict: take the other person's text instead of mine. */
  public void takeTheirs(AnswerRow row) {
    row.show(interviews.currentAnswer(currentUser.actor(), interview.getId(), row.questionId));
    clearConflict(row);
    row.error = null;
  }

  private void store(AnswerRow row, Long expectedVersion) {
    try {
      InterviewAnswer saved =
          interviews.saveAnswer(
              currentUser.actor(),
              interview.getId(),
              row.questionId,
              expectedVersion,
              row.submittedValue(),
              row.note);
      row.version = saved.getVersion();
      row.savedAt = saved.getUpdatedAt();
      row.savedBy = saved.getUpdatedBy();
      row.savedNote = saved.getNote();
      row.error = null;
      clearConflict(row);
    } catch (ConcurrentChangeException e) {
      InterviewAnswer theirs =
          interviews.currentAnswer(currentUser.actor(), interview.getId(), row.questionId);
      row.theirValue = theirs == null ? null : theirs.getValue();
      row.theirNote = theirs == null ? null : theirs.getNote();
      row.theirName = theirs == null ? "?" : theirs.getUpdatedBy();
      row.version =
          theirs == null ? null : theirs.getVersion(); // "Keep mine" saves over their version.
      row.error = text("interview.conflict", row.theirName);
      fail();
    } catch (InvalidInputException e) {
      row.error =
          e.getProblems().stream()
              .map(p -> text(p.key(), p.arguments().toArray()))
              .reduce((a, b) -> a + " " + b)
              .orElse("");
      fail();
    } catch (WijkzichtException e) {
      row.error = text(e.getMessageKey(), e.getArguments());
      fail();
    }
  }

  private static void clearConflict(AnswerRow row) {
    row.theirName = null;
    row.theirNote = null;
    row.theirValue = null;
  }

  private static void fail() {
    FacesContext.getCurrentInstance().validationFailed();
  }

  private String text(String key, Object... arguments) {
    return Messages.text(localeBacking.getLocale(), key, arguments);
  }

  /**
   * "Gesprek afronden": completes at once when every question has an answer, else asks first,
   * naming how many are open (the page opens its dialog on the callback parameter openQuestions).
   */
  public void askComplete() {
    long open = getOpenCount();
    if (open == 0) {
      complete(true);
    } else {
      org.primefaces.PrimeFaces.current().ajax().addCallbackParam("openQuestions", open);
    }
  }

  public long getOpenCount() {
    return rows.size() - getAnsweredCount();
  }

  /**
   * The breadcrumb's visit (provider – location), tracer (pseudonym) or, for a survey response, the
   * survey page's step.
   */
  public String getBackLabel() {
    if (interview.isSurveyResponse()) {
      return text("survey.title");
    }
    if (interview.visitLabel() != null) {
      return interview.visitLabel();
    }
    return text("tracer.label", interview.tracerPseudonym(), interview.getAreaLabel());
  }

  public void complete(boolean done) {
    try {
      interview =
          InterviewView.of(
              interviews.complete(
                  currentUser.actor(), interview.getId(), interview.getVersion(), done));
      Messages.info(done ? "interview.message.completed" : "interview.message.reopened");
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public InterviewView getInterview() {
    return interview;
  }

  public List<AnswerRow> getRows() {
    return rows;
  }

  /** Answers can change while the interview is a draft and its visit's fieldwork is open. */
  public boolean isEditable() {
    return interview != null && interview.isEditable();
  }

  public long getAnsweredCount() {
    return rows.stream().filter(AnswerRow::isAnswered).count();
  }

  /** Where "back" goes: the visit, the tracer or (a survey response) the survey page. */
  public String getBackOutcome() {
    return interview.getBackOutcome();
  }

  public long getBackId() {
    return interview.getBackId();
  }
}
