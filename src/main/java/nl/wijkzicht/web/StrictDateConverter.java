package nl.wijkzicht.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date typed as dd-mm-jjjj, read strictly: 31-02-2020 is refused with a message at the field
 * instead of quietly becoming 29-02-2020 (what a lenient parser does).
 */
@FacesConverter(value = "wz.date", managed = false)
public class StrictDateConverter implements Converter<LocalDate> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), FORMAT);
    } catch (DateTimeParseException e) {
      String text =
          Messages.text(
              context.getViewRoot().getLocale(), "field.date.invalid.value", value.strip());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
