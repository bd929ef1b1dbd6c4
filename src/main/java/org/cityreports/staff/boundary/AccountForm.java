package org.cityreports.staff.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

import java.util.ArrayList;
import java.util.List;

/** The new-account form as typed, kept to show again when something is wrong. */
public class AccountForm {

    @NotBlank(message = "{staff.account.username.required}")
    @Size(min = 3, max = 40, message = "{staff.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{staff.username.pattern}")
    @FormParam("username")
    public String username = "";

    @NotBlank(message = "{staff.account.displayName.required}")
    @Size(max = 80, message = "{staff.account.displayName.size}")
    @FormParam("displayName")
    public String displayName = "";

    @NotEmpty(message = "{staff.account.roles.required}")
    @FormParam("role")
    public List<String> roles = new ArrayList<>();

    @FormParam("city")
    public List<String> cities = new ArrayList<>();

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasCity(String slug) {
        return cities.contains(slug);
    }
}
