package nl.wijkzicht.area.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wijkzicht.area.entity.MunicipalDivision;
import nl.wijkzicht.area.entity.Municipality;
import nl.wijkzicht.area.entity.Region;

/** Queries on municipalities, divisions and regions. All user input goes in as parameters. */
@ApplicationScoped
public class MunicipalityRepository {

  @Inject private EntityManager em;

  public List<MunicipalDivision> findDivisions() {
    return em.createNamedQuery(MunicipalDivision.FIND_ALL, MunicipalDivision.class).getResultList();
  }

  public Optional<MunicipalDivision> findDivision(int year) {
    return Optional.ofNullable(em.find(MunicipalDivision.class, year));
  }

  public Optional<Municipality> findByCode(String cbsCode, int year) {
    return em.createNamedQuery(Municipality.FIND_BY_CODE_AND_YEAR, Municipality.class)
        .setParameter("cbsCode", cbsCode)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  public Optional<Municipality> findById(long id) {
    return Optional.ofNullable(em.find(Municipality.class, id));
  }

  public List<String> findProvinces(int year) {
    return em.createNamedQuery(Municipality.FIND_PROVINCES, String.class)
        .setParameter("year", year)
        .getResultList();
  }

  public List<Region> findRegions() {
    return em.createNamedQuery(Region.FIND_ALL, Region.class).getResultList();
  }

  public Optional<Region> findRegionByName(String name) {
    return em.createNamedQuery(Region.FIND_BY_NAME, Region.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public List<Municipality> search(MunicipalityQuery query, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Municipality> cq = cb.createQuery(Municipality.class);
    Root<Municipality> m = cq.from(Municipality.class);
    cq.select(m).where(predicates(query, cb, cq, m));
    Order primary =
        query.descending()
            ? cb.desc(m.get(query.sort().attribute()))
            : cb.asc(m.get(query.sort().attribute()));
    cq.orderBy(primary, cb.asc(m.get("cbsCode")));
    return em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  public long count(MunicipalityQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<Municipality> m = cq.from(Municipality.class);
    cq.select(cb.count(m)).where(predicates(query, cb, cq, m));
    return em.createQuery(cq).getSingleResult();
  }

  private static Predicate[] predicates(
      MunicipalityQuery query, CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Municipality> m) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(m.get("divisionYear"), query.year()));
    query
        .text()
        .ifPresent(
            text -> {
              String pattern = "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
              where.add(
                  cb.or(
                      cb.like(cb.lower(m.get("name")), pattern, '\\'),
                      cb.like(cb.lower(m.get("officialName")), pattern, '\\'),
                      cb.like(cb.lower(m.get("cbsCode")), pattern, '\\')));
            });
    query.province().ifPresent(p -> where.add(cb.equal(m.get("province"), p)));
    query
        .regionId()
        .ifPresent(
            regionId -> {
              Subquery<Long> members = cq.subquery(Long.class);
              Root<Region> r = members.from(Region.class);
              Join<Region, Municipality> member = r.join("municipalities");
              members.select(member.get("id")).where(cb.equal(r.get("id"), regionId));
              where.add(m.get("id").in(members));
            });
    return where.toArray(Predicate[]::new);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
