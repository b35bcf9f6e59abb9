package org.oas.migration.programs.imports.persistence;

import java.util.Optional;

/** Finds the registry code of an organization by its IATI organisation identifier (e.g. XM-DAC-47066 -> iom). */
public interface OrganizationRefs {

    Optional<String> codeForIatiRef(String ref);
}
