package nl.wijkzicht.fieldwork.view;

import nl.wijkzicht.InvalidInputException;
import nl.wijkzicht.web.Messages;

/**
 * Shows the problems of an {@link InvalidInputException} at their fields: a problem for field
 * {@code x} goes to the component {@code form:x} when the page has one, else to the top of the
 * page. Pages name their input components after the service's field names for this.
 */
final class FieldProblems {

  private FieldProblems() {}

  static void show(String form, InvalidInputException e) {
    Messages.errorsIn(form, e);
  }
}
