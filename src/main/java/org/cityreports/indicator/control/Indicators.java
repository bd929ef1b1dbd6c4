package org.cityreports.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cityreports.indicator.entity.Indicator;

import java.util.List;
import java.util.Optional;

/** The indicator catalogue, as the figure and target forms offer it. */
@ApplicationScoped
public class Indicators {

    @PersistenceContext
    EntityManager em;

    public List<Indicator> all() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    public Optional<Indicator> byCode(String code) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
