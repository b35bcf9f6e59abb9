package org.oas.migration.programs.program.domain;

import java.util.List;
import java.util.Map;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.activity.domain.Theme;

/** A programme as its owner describes it: what the domain writes, compares and stores as the programme's body. */
public record Program(String code, String owner, Map<String, String> title, Map<String, String> description, List<Theme> themes,
                      List<Activity.MandateRef> mandates, String start, String end, ProgramStatus status, List<Identifier> identifiers) {
}
