package org.cityreports.city.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** The new-city form as typed. */
public class CityForm {

    @NotBlank(message = "{city.slug.required}")
    @Size(max = 40, message = "{city.slug.size}")
    @Pattern(regexp = "[a-z][a-z0-9-]*", message = "{city.slug.pattern}")
    @FormParam("slug")
    public String slug = "";

    @NotBlank(message = "{city.nameZh.required}")
    @Size(max = 40, message = "{city.name.size}")
    @FormParam("nameZh")
    public String nameZh = "";

    @NotBlank(message = "{city.nameEn.required}")
    @Size(max = 80, message = "{city.name.size}")
    @FormParam("nameEn")
    public String nameEn = "";

    @NotBlank(message = "{city.province.required}")
    @Size(max = 40, message = "{city.name.size}")
    @FormParam("province")
    public String province = "";

    void strip() {
        slug = slug == null ? "" : slug.strip();
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        province = province == null ? "" : province.strip();
    }
}
