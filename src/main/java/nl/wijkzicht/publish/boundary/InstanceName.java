package nl.wijkzicht.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import nl.wijkzicht.publish.control.PublicationStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this server instance in report jobs, so a restart marks only its own unfinished jobs
 * failed: the setting {@code wijkzicht.instance} (set it per instance in a cluster, e.g. to the
 * Payara Micro instance name), else an id generated once and kept in {@code
 * $WIJKZICHT_HOME/instance-id} (one instance per home directory).
 */
@ApplicationScoped
public class InstanceName {

  @Inject
  @ConfigProperty(name = "wijkzicht.instance")
  Optional<String> configured;

  @Inject PublicationStore store;

  private volatile String name;

  public String get() {
    String known = name;
    if (known == null) {
      known = configured.filter(c -> !c.isBlank()).map(String::strip).orElseGet(this::kept);
      known = known.length() > 60 ? known.substring(0, 60) : known;
      name = known;
    }
    return known;
  }

  private synchronized String kept() {
    Path file = store.directory().getParent().resolve("instance-id");
    try {
      if (Files.isRegularFile(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!id.isEmpty()) {
          return id;
        }
      }
      String id = "wz-" + UUID.randomUUID().toString().substring(0, 13);
      Files.writeString(file, id, StandardCharsets.UTF_8);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("instance id " + file, e);
    }
  }
}
