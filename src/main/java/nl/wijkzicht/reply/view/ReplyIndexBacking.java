package nl.wijkzicht.reply.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.reply.boundary.ReplyService;
import nl.wijkzicht.reply.boundary.ReplyViews.VisitRow;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.entity.Role;

/**
 * /reply/index.xhtml: a care provider's visits that were sent for reply or later, with the reply
 * deadline and what it still has to do. Staff get a pointer to their studies instead.
 */
@Named
@ViewScoped
public class ReplyIndexBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReplyService replies;
  @Inject private CurrentUser currentUser;

  private List<VisitRow> rows;

  public void load() {
    if (rows == null) {
      rows = replies.providerVisits(currentUser.actor());
    }
  }

  public boolean isProvider() {
    return currentUser.actor().is(Role.PROVIDER);
  }

  public List<VisitRow> getRows() {
    return rows == null ? List.of() : rows;
  }

  /** The visits still waiting for this provider's reply. */
  public long getOpenCount() {
    return getRows().stream().filter(VisitRow::isOpen).count();
  }
}
