package nl.wijkzicht.notify.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.wijkzicht.study.control.WorkingDays;

/**
 * The texts of the notification mails, in Dutch, plain text: what happened, the date that matters
 * and a link to the page where the recipient acts. Never the findings themselves, respondents or
 * anything about the older people in a study: only the organisation, location, visit date, study
 * and deadline ({@link VisitFacts}). Pure, unit-tested.
 */
public final class MailTexts {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private static final String FOOTER =
      "\n\n--\nDit bericht is automatisch verstuurd door Wijkzicht. U krijgt het omdat uw account"
          + " bij deze organisatie of dit bezoek hoort. Antwoorden op dit bericht worden niet"
          + " gelezen.\n";

  private MailTexts() {}

  /** To the provider's users: the findings await their reply, until the deadline. */
  public static Mail sentForReply(VisitFacts visit, LocalDate today, String link) {
    return new Mail(
        "Wijkzicht: bevindingen ter reactie, reageren uiterlijk "
            + SHORT.format(visit.replyDeadline()),
        "Goedendag,\n\n"
            + "De inspectie heeft de bevindingen van het bezoek aan "
            + place(visit)
            + " op "
            + DATE.format(visit.visitDate())
            + " klaargezet voor uw reactie (wederhoor).\n\n"
            + "U kunt reageren tot en met "
            + DATE.format(visit.replyDeadline())
            + " ("
            + workingDays(today, visit.replyDeadline())
            + ").\n\n"
            + "Lees de bevindingen en geef uw reactie in Wijkzicht:\n"
            + link
            + FOOTER);
  }

  /** To the provider's users, three working days before the deadline, no reply yet. */
  public static Mail reminder(VisitFacts visit, LocalDate today, String link) {
    return new Mail(
        "Herinnering Wijkzicht: reageren uiterlijk " + SHORT.format(visit.replyDeadline()),
        "Goedendag,\n\n"
            + "Wij hebben nog geen reactie ontvangen op de bevindingen van het bezoek aan "
            + place(visit)
            + " op "
            + DATE.format(visit.visitDate())
            + ".\n\n"
            + "U kunt reageren tot en met "
            + DATE.format(visit.replyDeadline())
            + " ("
            + workingDays(today, visit.replyDeadline())
            + "). Na die datum kan dat alleen nog als de coördinator van het onderzoek de"
            + " termijn heropent.\n\n"
            + "Geef uw reactie in Wijkzicht:\n"
            + link
            + FOOTER);
  }

  /** To the visit's inspectors: the provider replied, a decision per remark is due. */
  public static Mail replyReceived(VisitFacts visit, String link) {
    return new Mail(
        "Wijkzicht: reactie ontvangen van " + visit.providerName(),
        "Goedendag,\n\n"
            + visit.providerName()
            + " heeft gereageerd op de bevindingen van het bezoek aan "
            + place(visit)
            + " op "
            + DATE.format(visit.visitDate())
            + " (onderzoek "
            + visit.studyTitle()
            + ").\n\n"
            + "Neem per opmerking een besluit in Wijkzicht:\n"
            + link
            + FOOTER);
  }

  /** "nog 3 werkdagen", "nog 1 werkdag", "vandaag is de laatste dag". */
  static String workingDays(LocalDate today, LocalDate deadline) {
    int left = WorkingDays.between(today, deadline);
    if (!deadline.isAfter(today)) {
      return "vandaag is de laatste dag";
    }
    return left == 1 ? "nog 1 werkdag" : "nog " + left + " werkdagen";
  }

  private static String place(VisitFacts visit) {
    return visit.locationName().equalsIgnoreCase(visit.providerName())
        ? visit.providerName()
        : visit.providerName() + ", locatie " + visit.locationName();
  }
}
