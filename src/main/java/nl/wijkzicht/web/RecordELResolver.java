package nl.wijkzicht.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Reads record components as EL properties ({@code #{norm.title}} for {@code norm.title()}), as EL
 * 6 (Jakarta EE 11) does natively; EL 5 in Payara 6 only knows getX() methods. Read-only, like
 * records.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    try {
      Object value = component.get().getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isPresent()) {
      context.setPropertyResolved(base, property);
    }
    return null; // Read-only: no type for setting.
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /**
   * Each record class's components by name, looked up once: a dashboard evaluates tens of thousands
   * of record properties per page, and getRecordComponents() copies its array each time.
   */
  private static final ClassValue<java.util.Map<String, RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected java.util.Map<String, RecordComponent> computeValue(Class<?> type) {
          java.util.Map<String, RecordComponent> byName = new java.util.HashMap<>();
          for (RecordComponent c : type.getRecordComponents()) {
            byName.put(c.getName(), c);
          }
          return java.util.Map.copyOf(byName);
        }
      };

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    return Optional.ofNullable(COMPONENTS.get(base.getClass()).get(property.toString()));
  }
}
