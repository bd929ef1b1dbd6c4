package org.cityreports.city.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.city.entity.City;
import org.cityreports.domain.NotFound;

import java.util.List;
import java.util.Optional;

/** Looks cities up. */
@ApplicationScoped
public class Cities {

    @PersistenceContext
    EntityManager em;

    public List<City> all() {
        return em.createNamedQuery(City.ALL, City.class).getResultList();
    }

    public Optional<City> find(String slug) {
        return em.createNamedQuery(City.BY_SLUG, City.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public boolean exists(String slug) {
        return find(slug).isPresent();
    }

    @Transactional
    public City create(String slug, String nameZh, String nameEn, String province) {
        City city = new City(slug, nameZh, nameEn, province);
        em.persist(city);
        return city;
    }

    /** @throws NotFound when no city has that slug. */
    public City bySlug(String slug) {
        return find(slug).orElseThrow(() -> new NotFound("No city '" + slug + "'"));
    }
}
