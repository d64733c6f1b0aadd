package nl.wijkzicht.notify.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wijkzicht.notify.boundary.NotificationService;
import nl.wijkzicht.notify.control.Notification;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.PageRequest;

/** /notifications.xhtml: everything that awaits the signed-in user, each linked to its page. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NotificationService notifications;
  @Inject private CurrentUser currentUser;
  @Inject private NotificationBell bell;

  private List<Notification> items;

  public void load() {
    if (items == null) {
      PageRequest.load(() -> items = notifications.list(currentUser.actor()));
    }
    if (items != null && items.size() < NotificationService.LIMIT) {
      bell.known(items.size());
    }
  }

  public List<Notification> getItems() {
    return items == null ? List.of() : items;
  }
}
