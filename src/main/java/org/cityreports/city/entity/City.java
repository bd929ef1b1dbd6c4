package org.cityreports.city.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;
import java.util.Objects;

/** A city whose government presents work reports; identified in URLs by its slug ("taiyuan"). */
@Entity
@Cacheable
@Table(name = "CITY", uniqueConstraints = @UniqueConstraint(name = "UQ_CITY_SLUG", columnNames = "SLUG"))
@NamedQuery(name = City.ALL, query = "SELECT c FROM City c ORDER BY c.slug")
@NamedQuery(name = City.BY_SLUG, query = "SELECT c FROM City c WHERE c.slug = :slug")
public class City {

    public static final String ALL = "City.all";
    public static final String BY_SLUG = "City.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{city.slug.pattern}")
    @Column(name = "SLUG", nullable = false, length = 40)
    private String slug;

    @NotBlank
    @Size(max = 40)
    @Column(name = "NAME_ZH", nullable = false, length = 40)
    private String nameZh;

    @NotBlank
    @Size(max = 80)
    @Column(name = "NAME_EN", nullable = false, length = 80)
    private String nameEn;

    @NotBlank
    @Size(max = 40)
    @Column(name = "PROVINCE", nullable = false, length = 40)
    private String province;

    protected City() {
        // for JPA
    }

    public City(String slug, String nameZh, String nameEn, String province) {
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.province = province;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the page's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getProvince() {
        return province;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof City other && Objects.equals(slug, other.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
