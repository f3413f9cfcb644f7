package se.enkat.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Invited and accepted organisations of one type, and the response rate in percent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseRateView(String type, long invited, long accepted, BigDecimal percent) {}
