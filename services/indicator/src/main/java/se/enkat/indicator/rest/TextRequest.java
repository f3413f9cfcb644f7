package se.enkat.indicator.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text people read, in Swedish and English. */
public record TextRequest(
    @NotBlank @Size(max = 2000) String sv, @NotBlank @Size(max = 2000) String en) {}
