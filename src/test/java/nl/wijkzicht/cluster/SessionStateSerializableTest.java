package nl.wijkzicht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds must be Serializable: in a cluster Payara Micro writes each session
 * into the data grid, and a field it cannot serialise drops the whole view map (all view-scoped
 * beans of that user) from the copy, so a user whose node is lost gets "page expired". Checks the
 * fields of every session- and view-scoped bean, through their types (records, rows, entities and
 * the type arguments of collections) down to JDK types. Injected fields are container proxies,
 * serialisable by the container; transient fields are not written.
 */
class SessionStateSerializableTest {

  @Test
  void everySessionAndViewScopedBeanIsSerializableAllTheWayDown() throws Exception {
    Set<String> problems = new TreeSet<>();
    List<Class<?>> beans = scopedBeans();
    assertThat(beans).hasSizeGreaterThan(20);
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).as("not serialisable in a session").isEmpty();
  }

  private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.contains("$") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type =
            Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)
            || type.isAnnotationPresent(ConversationScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static void check(Class<?> type, String path, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    // Object (message arguments): the values are strings and numbers, checked where they are made.
    if (!type.isPrimitive()
        && !type.isInterface()
        && type != Object.class
        && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName());
      return;
    }
    if (!type.getName().startsWith("nl.wijkzicht.")) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, Set<String> problems, Set<Type> seen) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
      } else if (c == java.util.Optional.class) {
        problems.add(path + ": java.util.Optional");
      } else {
        check(c, path, problems, seen);
      }
    } else if (type instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?>) {
      // Bound at run time; the concrete values are checked where they are declared.
    }
  }
}
