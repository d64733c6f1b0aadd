package nl.wijkzicht.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import nl.wijkzicht.framework.entity.LocalizedText;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsRecordComponentsAndLeavesOtherObjectsAlone() {
    ELContext context = context();
    assertThat(resolver.getValue(context, new LocalizedText("Norm", "Norm EN"), "en"))
        .isEqualTo("Norm EN");
    assertThat(context.isPropertyResolved()).isTrue();

    ELContext other = context();
    assertThat(resolver.getValue(other, "not a record", "length")).isNull();
    assertThat(other.isPropertyResolved()).isFalse();
    assertThat(resolver.getValue(other, new LocalizedText("a", null), "unknown")).isNull();
    assertThat(other.isPropertyResolved()).isFalse();
  }

  @Test
  void recordsAreReadOnly() {
    assertThat(resolver.isReadOnly(context(), new LocalizedText("a", null), "nl")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context(), new LocalizedText("a", null), "nl", "b"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  private ELContext context() {
    // No EL implementation on the test class path: a bare context is enough for a resolver.
    return new ELContext() {
      @Override
      public jakarta.el.ELResolver getELResolver() {
        return resolver;
      }

      @Override
      public jakarta.el.FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public jakarta.el.VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
