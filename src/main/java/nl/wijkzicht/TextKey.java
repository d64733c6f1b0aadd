package nl.wijkzicht;

import java.io.Serializable;

/**
 * A message argument that is itself a resource-bundle key (an enum label such as {@code
 * RespondentRole.OUDERE}), translated when the message is shown.
 */
public record TextKey(String key) implements Serializable {

  public static TextKey of(Enum<?> value) {
    return new TextKey(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  @Override
  public String toString() {
    return key;
  }
}
