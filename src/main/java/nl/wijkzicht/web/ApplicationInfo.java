package nl.wijkzicht.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkzicht.database.DatabaseStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Facts the layout shows on every page: demo mode, database availability. */
@Named("appInfo")
@ApplicationScoped
public class ApplicationInfo {

  @Inject
  @ConfigProperty(name = "wijkzicht.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DatabaseStatus databaseStatus;

  public boolean isDemo() {
    return demo;
  }

  public boolean isDatabaseReady() {
    return databaseStatus.isReady();
  }
}
