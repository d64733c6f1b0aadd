package nl.wijkzicht.security.control;

import java.util.List;
import java.util.Optional;

/**
 * The organisations provider accounts can belong to. Implemented by the provider feature, so
 * accounts need not know care providers (security depends on no feature package).
 */
public interface Organisations {

  /** All, by name. */
  List<Organisation> all();

  Optional<Organisation> find(long id);
}
