package nl.wijkzicht.notify.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.System.Logger.Level;
import nl.wijkzicht.database.DatabaseStatus;
import nl.wijkzicht.notify.boundary.NotificationService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.security.entity.Role;

/**
 * The bell in the header: how many notifications await the signed-in user, counted once per request
 * with one query (none for anonymous visitors, none while the database is away, and none on the
 * notifications page, which hands over its own list's size). A failure shows no number rather than
 * breaking the page (the header is on the error pages too).
 */
@Named
@RequestScoped
public class NotificationBell {

  private static final System.Logger LOGGER = System.getLogger(NotificationBell.class.getName());

  @Inject private CurrentUser currentUser;
  @Inject private NotificationService notifications;
  @Inject private DatabaseStatus databaseStatus;

  private Long count;

  /** Shown to signed-in users to whom something can be waiting (not to admins: nothing is). */
  public boolean isShown() {
    return currentUser.isLoggedIn() && !currentUser.actor().is(Role.ADMIN);
  }

  public long getCount() {
    if (count == null) {
      count = 0L;
      if (databaseStatus.isReady() && isShown()) {
        try {
          count = notifications.count(currentUser.actor());
        } catch (RuntimeException e) {
          LOGGER.log(Level.WARNING, "Notification count failed: {0}", e.toString());
        }
      }
    }
    return count;
  }

  /** The page that listed them all already knows the number. */
  public void known(long listed) {
    count = listed;
  }
}
