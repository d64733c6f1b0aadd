package nl.wijkzicht.reply;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkzicht.reply.boundary.DecisionService;
import nl.wijkzicht.reply.boundary.DecisionService.DecisionInput;
import nl.wijkzicht.reply.entity.DecisionOutcome;
import nl.wijkzicht.security.boundary.AccessLogBacklog;
import nl.wijkzicht.security.boundary.AccessLogService;
import nl.wijkzicht.security.control.AccessLogQuery;
import nl.wijkzicht.security.entity.AccessOutcome;
import nl.wijkzicht.study.boundary.VisitService;
import nl.wijkzicht.study.entity.Visit;
import nl.wijkzicht.study.entity.VisitStatus;
import nl.wijkzicht.testsupport.DecisionTestData;
import nl.wijkzicht.testsupport.DecisionTestData.Replied;
import nl.wijkzicht.testsupport.TestData;

/**
 * Test-only ({@code GET /test-support/decisions}): {@code ?status=REPLY_RECEIVED} a visit with a
 * submitted reply of two remarks and a provider account ({@link DecisionTestData}); {@code
 * ?status=FINAL} the same with the first remark accepted (rating to "voldoet"), the second not,
 * signed off by demo-coordinator and final. Answers {@code visit=V study=S provider=USERNAME
 * remarks=R1,R2}; the provider's password is {@code ItAccounts.PASSWORD}. {@code
 * ?denied=USERNAME&object=TYPE} answers the number of DENIED access-log entries of that user on
 * that object type (after the backlog is written).
 */
@WebServlet("/test-support/decisions")
public class DecisionTestSupportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private DecisionTestData replies;
  @Inject private TestData data;
  @Inject private DecisionService decisions;
  @Inject private VisitService visits;
  @Inject private AccessLogService accessLog;
  @Inject private AccessLogBacklog backlog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    String denied = request.getParameter("denied");
    if (denied != null) {
      try {
        backlog.awaitWritten(java.time.Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int count =
          accessLog
              .search(
                  new AccessLogQuery(
                      Optional.of(denied),
                      Optional.empty(),
                      Optional.of(AccessOutcome.DENIED),
                      Optional.ofNullable(request.getParameter("object")),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()),
                  0,
                  100)
              .size();
      response.getWriter().print(count);
      return;
    }
    Replied r = replies.replied(2);
    if ("FINAL".equals(request.getParameter("status"))) {
      var row =
          decisions.forStaff(data.lead(), r.visitId()).stream()
              .filter(x -> x.remark().getId().equals(r.remarkIds().get(0)))
              .findFirst()
              .orElseThrow();
      long better =
          r.fieldwork().study().getFrameworkVersion().getLevels().stream()
              .filter(l -> l.getCode().equals("voldoet"))
              .findFirst()
              .orElseThrow()
              .getId();
      decisions.decide(
          data.inspector(),
          r.remarkIds().get(0),
          null,
          new DecisionInput(
              DecisionOutcome.ACCEPTED,
              "De notulen tonen het overleg aan.",
              better,
              "Fictief: na wederhoor: er is maandelijks overleg.",
              row.getFinding().getVersion()));
      decisions.decide(
          data.inspector(),
          r.remarkIds().get(1),
          null,
          new DecisionInput(
              DecisionOutcome.NOT_ACCEPTED,
              "Fictief: geen nieuwe feiten aangedragen.",
              null,
              null,
              null));
      Visit visit = visits.get(data.lead(), r.visitId());
      visit = visits.signOff(data.lead(), visit.getId(), visit.getVersion(), "Fictief: akkoord.");
      visits.moveTo(data.lead(), visit.getId(), visit.getVersion(), VisitStatus.FINAL);
    }
    response
        .getWriter()
        .print(
            "visit="
                + r.visitId()
                + " study="
                + r.fieldwork().study().getId()
                + " provider="
                + r.provider().username()
                + " remarks="
                + r.remarkIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
