package nl.wijkzicht.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages as a valid list: PrimeFaces 15 writes each message as {@code <li role="alert">} inside
 * a {@code <ul>}, and an item with role alert is no list item any more (axe rule "list", WCAG
 * 1.3.1). The messages container is already an aria-live region that screen readers announce, so
 * this renderer leaves the role off the items and changes nothing else. Registered in
 * faces-config.xml.
 */
public class MessagesListRenderer extends MessagesRenderer {

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(new WithoutItemRole(original));
    try {
      super.encodeEnd(context, component);
    } finally {
      context.setResponseWriter(original);
    }
  }

  /** Drops the role attribute of {@code li} elements; passes everything else on. */
  static final class WithoutItemRole extends ResponseWriterWrapper {

    private String element;

    WithoutItemRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("li".equals(element) && "role".equals(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
