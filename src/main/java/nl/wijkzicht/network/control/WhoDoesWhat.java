package nl.wijkzicht.network.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wijkzicht.network.entity.Agreement;
import nl.wijkzicht.network.entity.AgreementKind;
import nl.wijkzicht.network.entity.CareRole;

/**
 * "Who does what" in one area, arranged for reading: per provider the roles it fills, per role the
 * providers that fill it, the core roles nobody fills, and the agreements per kind (unasked kinds
 * absent).
 */
public record WhoDoesWhat(
    List<ProviderRoles> providers,
    Map<CareRole, List<ProviderRef>> byRole,
    List<CareRole> missing,
    Map<AgreementKind, Agreement> agreements)
    implements Serializable {

  public record ProviderRef(long id, String name) implements Serializable {}

  public record ProviderRoles(long id, String name, List<CareRole> roles) implements Serializable {
    public ProviderRoles {
      roles = List.copyOf(roles);
    }
  }

  /**
   * @param filled (role, provider) pairs in any order
   * @param names provider names by id (providers without a name are skipped)
   */
  public static WhoDoesWhat of(
      List<CareNetworks.RoleFact> filled, Map<Long, String> names, List<Agreement> agreed) {
    Map<CareRole, List<ProviderRef>> byRole = new EnumMap<>(CareRole.class);
    Map<Long, List<CareRole>> byProvider = new LinkedHashMap<>();
    for (CareRole role : CareRole.values()) {
      for (CareNetworks.RoleFact f : filled) {
        String name = names.get(f.providerId());
        if (f.role() != role || name == null) {
          continue;
        }
        byRole
            .computeIfAbsent(role, r -> new ArrayList<>())
            .add(new ProviderRef(f.providerId(), name));
        byProvider.computeIfAbsent(f.providerId(), id -> new ArrayList<>()).add(role);
      }
    }
    byRole.values().forEach(l -> l.sort(java.util.Comparator.comparing(ProviderRef::name)));
    List<ProviderRoles> providers = new ArrayList<>();
    byProvider.forEach((id, roles) -> providers.add(new ProviderRoles(id, names.get(id), roles)));
    providers.sort(
        java.util.Comparator.comparing((ProviderRoles p) -> p.roles().get(0))
            .thenComparing(ProviderRoles::name));
    List<CareRole> missing = new ArrayList<>();
    for (CareRole role : CareRole.values()) {
      if (role.core() && !byRole.containsKey(role)) {
        missing.add(role);
      }
    }
    Map<AgreementKind, Agreement> agreements = new EnumMap<>(AgreementKind.class);
    agreed.forEach(a -> agreements.put(a.getKind(), a));
    return new WhoDoesWhat(providers, byRole, missing, agreements);
  }

  public List<ProviderRef> filling(CareRole role) {
    return byRole.getOrDefault(role, List.of());
  }
}
