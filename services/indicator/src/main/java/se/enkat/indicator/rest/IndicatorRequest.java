package se.enkat.indicator.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.enkat.indicator.domain.IndicatorDefinition.Direction;

/**
 * A custom indicator: numerator and denominator are boolean CEL over one respondent's {@code
 * answers} and {@code org}.
 */
public record IndicatorRequest(
    @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*") String id,
    @NotNull @Valid TextRequest title,
    @Valid TextRequest description,
    @Size(max = 200) String focusArea,
    @NotBlank @Size(max = 4000) String numerator,
    @NotBlank @Size(max = 4000) String denominator,
    Direction direction,
    @Size(max = 100) List<@NotBlank String> sourceQuestions) {}
