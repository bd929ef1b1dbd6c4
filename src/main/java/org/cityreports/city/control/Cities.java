package org.cityreports.city.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import org.cityreports.city.entity.City;

import java.util.List;

/** Looks cities up. */
@ApplicationScoped
public class Cities {

    @PersistenceContext
    EntityManager em;

    public List<City> all() {
        return em.createNamedQuery(City.ALL, City.class).getResultList();
    }

    /** @throws NotFoundException when no city has that slug. */
    public City bySlug(String slug) {
        return em.createNamedQuery(City.BY_SLUG, City.class).setParameter("slug", slug).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("No city '" + slug + "'"));
    }
}
