package org.cityreports.indicator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cityreports.domain.NotFound;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.indicator.entity.IndicatorKind;
import org.cityreports.indicator.entity.PlausibleRange;
import org.cityreports.unit.Unit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The indicator catalogue: as the forms offer it, and as admins maintain it. */
@ApplicationScoped
public class Indicators {

    @PersistenceContext
    EntityManager em;

    public List<Indicator> all() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    public Optional<Indicator> byCode(String code) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** @throws NotFound when no indicator has that code */
    public Indicator get(String code) {
        return byCode(code).orElseThrow(() -> new NotFound("No indicator '" + code + "'"));
    }

    @Transactional
    public Indicator create(
            String code,
            String nameZh,
            String nameEn,
            Unit unit,
            IndicatorKind kind,
            Indicator growthOf,
            PlausibleRange range) {
        Indicator indicator = new Indicator(code, nameZh, nameEn, unit, kind);
        indicator.edit(nameZh, nameEn, unit, kind, growthOf == null ? null : em.merge(growthOf));
        indicator.expect(range);
        em.persist(indicator);
        return indicator;
    }

    /**
     * Saves an admin's edit made on {@code version}.
     *
     * @return false, changing nothing, when someone saved the indicator after that version
     */
    @Transactional
    public boolean edit(
            String code,
            long version,
            String nameZh,
            String nameEn,
            Unit unit,
            IndicatorKind kind,
            Indicator growthOf,
            PlausibleRange range) {
        Indicator indicator = em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        if (indicator.getVersion() != version) {
            return false;
        }
        indicator.edit(nameZh, nameEn, unit, kind, growthOf == null ? null : em.merge(growthOf));
        indicator.expect(range);
        return true;
    }

    /** The distinct units of the figures and targets linked to the indicator, of every report and revision. */
    public List<Unit> linkedUnits(Indicator indicator) {
        Stream<Unit> figures = em.createQuery("SELECT DISTINCT f.unit FROM Figure f WHERE f.indicator = :i", Unit.class)
                .setParameter("i", indicator)
                .getResultStream();
        Stream<Unit> targets = em.createQuery("SELECT DISTINCT t.unit FROM Target t WHERE t.indicator = :i", Unit.class)
                .setParameter("i", indicator)
                .getResultStream();
        return Stream.concat(figures, targets).distinct().toList();
    }
}
