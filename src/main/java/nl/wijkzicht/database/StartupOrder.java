package nl.wijkzicht.database;

/**
 * The order in which features load their data once the schema is ready (the {@code @Priority} of
 * their {@link DatabaseReady} observers, lowest first), in one place so no feature has to know
 * another's loader.
 */
public final class StartupOrder {

  /** The municipal division (reference data every other feature refers to). */
  public static final int MUNICIPALITIES = 1000;

  /** The first administrator account. */
  public static final int ACCOUNTS = MUNICIPALITIES + 100;

  /** The audit frameworks in audit-frameworks/. */
  public static final int FRAMEWORKS = MUNICIPALITIES + 500;

  /** Demo mode: providers, accounts and a study. */
  public static final int DEMO_DATA = MUNICIPALITIES + 1000;

  /** Demo mode: visits, interviews and findings of the demo study. */
  public static final int DEMO_FIELDWORK = MUNICIPALITIES + 1100;

  /** Report jobs interrupted by the restart are marked failed (issue 16). */
  public static final int REPORT_JOBS = MUNICIPALITIES + 2000;

  /** Test-only accounts and data, after everything else. */
  public static final int TESTS = MUNICIPALITIES + 3000;

  private StartupOrder() {}
}
